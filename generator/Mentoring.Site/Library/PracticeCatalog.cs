using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Mentoring.Site.Library.Views;
using Mentoring.Site.Section;
using Mentoring.Site.Text;

namespace Mentoring.Site.Library;

/// <summary>
/// All published practices, newest first, with their cards and facets. Built once per pipeline from the
/// practices' documents and only read afterwards, so list pages, the feed, the search index and the
/// globals all see the same order.
/// </summary>
public sealed class PracticeCatalog
{
    private PracticeCatalog(
        ImmutableArray<Practice> practices,
        ImmutableArray<PracticeCard> cards,
        ImmutableArray<Facet> forms,
        ImmutableArray<Facet> models,
        ImmutableArray<Facet> kinds,
        ImmutableArray<Facet> years,
        ImmutableArray<Facet> tags)
    {
        Practices = practices;
        Cards = cards;
        Forms = forms;
        Models = models;
        Kinds = kinds;
        Years = years;
        Tags = tags;
        IndexBySlug = practices.Select((p, i) => (p.Slug, i)).ToFrozenDictionary(x => x.Slug, x => x.i, StringComparer.Ordinal);
    }

    /// <summary>Newest first: by date descending, then by slug, so equal dates keep a stable order.</summary>
    public ImmutableArray<Practice> Practices { get; }

    /// <summary>The card of each practice, aligned with <see cref="Practices"/>.</summary>
    public ImmutableArray<PracticeCard> Cards { get; }

    /// <summary>Every form of the data, in data order (empty ones included).</summary>
    public ImmutableArray<Facet> Forms { get; }

    /// <summary>Every model of every form, in data order.</summary>
    public ImmutableArray<Facet> Models { get; }

    /// <summary>Every kind of the data, in data order.</summary>
    public ImmutableArray<Facet> Kinds { get; }

    /// <summary>Years with practices, newest first.</summary>
    public ImmutableArray<Facet> Years { get; }

    /// <summary>Tags with practices, in Russian alphabetical order of their names.</summary>
    public ImmutableArray<Facet> Tags { get; }

    public FrozenDictionary<string, int> IndexBySlug { get; }

    public int Count => Practices.Length;

    /// <summary>All facet dimensions, in the order pages show them.</summary>
    public IEnumerable<Facet> AllFacets => Forms.Concat(Models).Concat(Kinds).Concat(Years).Concat(Tags);

    public static PracticeCatalog Create(IEnumerable<Practice> practices, SiteData data)
    {
        ArgumentNullException.ThrowIfNull(practices);
        ArgumentNullException.ThrowIfNull(data);
        var sorted = practices
            .OrderByDescending(p => p.Date)
            .ThenBy(p => p.Slug, StringComparer.Ordinal)
            .ToImmutableArray();

        ImmutableArray<int> Members(Func<Practice, bool> has) =>
            [.. Enumerable.Range(0, sorted.Length).Where(i => has(sorted[i]))];

        var forms = data.Forms.Select(f => new Facet
        {
            Dimension = LibraryUrls.FormDimension,
            Id = f.Id,
            Title = f.Title,
            Heading = $"Практики формы «{f.Title}»",
            Members = Members(p => ReferenceEquals(p.Form, f)),
        }).ToImmutableArray();
        var models = data.Forms.SelectMany(f => f.Models.Select(m => new Facet
        {
            Dimension = LibraryUrls.ModelDimension,
            Id = m.Id,
            Title = m.Title,
            Heading = $"Практики модели «{m.Title}»",
            Members = Members(p => ReferenceEquals(p.Model, m)),
            ParentId = f.Id,
        })).ToImmutableArray();
        var kinds = data.Kinds.Select(k => new Facet
        {
            Dimension = LibraryUrls.KindDimension,
            Id = k.Id,
            Title = k.Title,
            Heading = k.Plural ?? k.Title,
            Members = Members(p => ReferenceEquals(p.Kind, k)),
        }).ToImmutableArray();
        var years = sorted.Select(p => p.Date.Year).Distinct().OrderDescending().Select(y => new Facet
        {
            Dimension = LibraryUrls.YearDimension,
            Id = y.ToString(CultureInfo.InvariantCulture),
            Title = y.ToString(CultureInfo.InvariantCulture),
            Heading = string.Create(CultureInfo.InvariantCulture, $"Практики {y} года"),
            Members = Members(p => p.Date.Year == y),
        }).ToImmutableArray();

        var tagMembers = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        var spellings = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        for (var i = 0; i < sorted.Length; i++)
        {
            foreach (var tag in sorted[i].Tags)
            {
                if (!tagMembers.TryGetValue(tag.Slug, out var list))
                {
                    tagMembers[tag.Slug] = list = [];
                    spellings[tag.Slug] = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                list.Add(i);
                var names = spellings[tag.Slug];
                names[tag.Name] = names.GetValueOrDefault(tag.Name) + 1;
            }
        }

        var tags = tagMembers.Select(kv =>
        {
            // The most used spelling names the tag; ties go to the ordinally first, so the name is stable.
            var name = spellings[kv.Key].OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key;
            return new Facet
            {
                Dimension = LibraryUrls.TagDimension,
                Id = kv.Key,
                Title = name,
                Heading = $"Практики с тегом «{name}»",
                Members = [.. kv.Value],
            };
        })
            .OrderBy(f => DataMatcher.Key(f.Title), StringComparer.Ordinal)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToImmutableArray();

        var tagTitles = tags.ToFrozenDictionary(t => t.Id, t => t.Title, StringComparer.Ordinal);
        var cards = sorted.Select(p => CreateCard(p, tagTitles)).ToImmutableArray();
        return new PracticeCatalog(sorted, cards, forms, models, kinds, years, tags);
    }

    /// <summary>The card of <paramref name="practice"/>; tags show the library-wide name of each tag.</summary>
    public static PracticeCard CreateCard(Practice practice, IReadOnlyDictionary<string, string>? tagTitles = null)
    {
        ArgumentNullException.ThrowIfNull(practice);
        var year = practice.Date.Year.ToString(CultureInfo.InvariantCulture);
        return new PracticeCard
        {
            Slug = practice.Slug,
            Title = practice.Title,
            Url = practice.Url,
            Date = practice.Date,
            Updated = practice.Updated is { } u && u > practice.Date ? u : null,
            Summary = practice.Summary,
            Form = new FacetLink(practice.Form.Id, practice.Form.Title, LibraryUrls.Facet(LibraryUrls.FormDimension, practice.Form.Id), 0),
            Model = new FacetLink(practice.Model.Id, practice.Model.Title, LibraryUrls.Facet(LibraryUrls.ModelDimension, practice.Model.Id), 0),
            Kind = new FacetLink(practice.Kind.Id, practice.Kind.Title, LibraryUrls.Facet(LibraryUrls.KindDimension, practice.Kind.Id), 0),
            Year = new FacetLink(year, year, LibraryUrls.Year(practice.Date.Year), 0),
            Tags = [.. practice.Tags.Select(t => new FacetLink(t.Slug, tagTitles?.GetValueOrDefault(t.Slug) ?? t.Name, LibraryUrls.Facet(LibraryUrls.TagDimension, t.Slug), 0))],
            AuthorRole = practice.AuthorRole,
            Example = practice.Example,
        };
    }

    /// <summary>
    /// The facets of <paramref name="members"/> (a subset of the catalog), as links with the subset's counts.
    /// Dimensions without any value in the subset are left out, and so is <paramref name="exclude"/>.
    /// </summary>
    public IReadOnlyList<FacetGroup> FacetsOf(IReadOnlyCollection<int> members, string? exclude = null, Facet? current = null)
    {
        ArgumentNullException.ThrowIfNull(members);
        var set = members as IReadOnlySet<int> ?? members.ToHashSet();
        var all = set.Count == Count;
        FacetLink Link(Facet f, IReadOnlyList<FacetLink>? children = null)
        {
            var count = all ? f.Count : f.Members.Count(set.Contains);
            return new FacetLink(f.Id, f.Title, f.Url, count)
            {
                Current = ReferenceEquals(f, current),
                Children = children ?? [],
            };
        }

        var groups = new List<FacetGroup>();
        void Add(string dimension, string title, IEnumerable<FacetLink> links)
        {
            if (dimension == exclude)
            {
                return;
            }

            var items = links.Where(l => l.Count > 0).ToList();
            if (items.Count > 0)
            {
                groups.Add(new FacetGroup(dimension, title, items));
            }
        }

        Add(LibraryUrls.FormDimension, "Формы наставничества", Forms.Select(f =>
            Link(f, exclude == LibraryUrls.ModelDimension ? [] : [.. Models.Where(m => m.ParentId == f.Id).Select(m => Link(m)).Where(l => l.Count > 0)])));
        if (exclude == LibraryUrls.FormDimension)
        {
            Add(LibraryUrls.ModelDimension, "Модели", Models.Select(m => Link(m)));
        }

        Add(LibraryUrls.KindDimension, "Виды практик", Kinds.Select(k => Link(k)));
        Add(LibraryUrls.YearDimension, "Годы", Years.Select(y => Link(y)));
        Add(LibraryUrls.TagDimension, "Теги", Tags.Select(t => Link(t)));
        return groups;
    }

    /// <summary>Forms (with models) and kinds with zero counts kept: the key numbers of the home page.</summary>
    public IReadOnlyList<FacetLink> FormLinks() =>
        [.. Forms.Select(f => new FacetLink(f.Id, f.Title, f.Url, f.Count)
        {
            Children = [.. Models.Where(m => m.ParentId == f.Id).Select(m => new FacetLink(m.Id, m.Title, m.Url, m.Count))],
        })];

    public IReadOnlyList<FacetLink> KindLinks() => [.. Kinds.Select(k => new FacetLink(k.Id, k.Title, k.Url, k.Count))];

    public IReadOnlyList<FacetLink> YearLinks() => [.. Years.Select(y => new FacetLink(y.Id, y.Title, y.Url, y.Count))];

    /// <summary>Date of the newest change in the library: the latest practice date or update.</summary>
    public DateOnly? LastChanged => Practices.IsEmpty ? null : Practices.Max(p => p.LastChanged);

    /// <summary>Russian plural of practices: «12 практик».</summary>
    public static string CountLabel(int n) => RussianPlural.Format(n, "практика", "практики", "практик");
}
