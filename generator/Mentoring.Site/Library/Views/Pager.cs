using System.Collections.Immutable;

namespace Mentoring.Site.Library.Views;

/// <summary>
/// Numbered pagination of a list: the first and last page, two pages either side of the current one, gaps
/// between, and the previous and next pages for <c>rel="prev"</c> / <c>rel="next"</c>.
/// </summary>
public sealed class Pager
{
    public required int Page { get; init; }

    public required int PageCount { get; init; }

    public string? PrevUrl { get; init; }

    public string? NextUrl { get; init; }

    public IReadOnlyList<PagerItem> Items { get; init; } = [];

    /// <summary>Pagination for page <paramref name="page"/> of <paramref name="pageCount"/> of the list whose first page is in <paramref name="folder"/>.</summary>
    public static Pager Create(string folder, int page, int pageCount)
    {
        var items = ImmutableArray.CreateBuilder<PagerItem>();
        var previous = 0;
        for (var n = 1; n <= pageCount; n++)
        {
            var shown = n == 1 || n == pageCount || Math.Abs(n - page) <= 2;
            if (!shown)
            {
                continue;
            }

            if (previous > 0 && n - previous > 1)
            {
                if (n - previous == 2)
                {
                    // A gap of one page: show the number itself, it takes no more room than «…».
                    items.Add(new PagerItem(n - 1, LibraryUrls.Page(folder, n - 1), false, false));
                }
                else
                {
                    items.Add(new PagerItem(0, null, false, true));
                }
            }

            items.Add(new PagerItem(n, LibraryUrls.Page(folder, n), n == page, false));
            previous = n;
        }

        return new Pager
        {
            Page = page,
            PageCount = pageCount,
            PrevUrl = page > 1 ? LibraryUrls.Page(folder, page - 1) : null,
            NextUrl = page < pageCount ? LibraryUrls.Page(folder, page + 1) : null,
            Items = items.ToImmutable(),
        };
    }
}
