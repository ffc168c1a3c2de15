using Mentoring.Site.Output;

namespace Mentoring.Site.Tests.Output;

public sealed class CheckLinksCombineTests
{
    /// <summary>The plain list-of-segments algorithm that <see cref="CheckLinks.Combine"/> must agree with.</summary>
    private static string? Reference(string fromDestination, string relative)
    {
        var parts = new List<string>(fromDestination.Split('/'));
        parts.RemoveAt(parts.Count - 1);
        foreach (var seg in relative.Split('/'))
        {
            if (seg.Length == 0 || seg == ".")
            {
                continue;
            }

            if (seg == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(seg);
            }
        }

        var joined = string.Join('/', parts);
        return relative.EndsWith('/') && joined.Length > 0 ? joined + "/" : joined;
    }

    [Fact]
    public void Agrees_with_the_segment_list_algorithm()
    {
        string[] pages = ["index.html", "a/index.html", "a/b/index.html", "kopilka/page/4/index.html", "/x", "a//b/index.html", "", "a/"];
        string[] links =
        [
            "", ".", "..", "../", "../..", "../../..", "x", "x/", "./x", "../x/index.html", "../../a/b/c.css", "a/../../b",
            "//", "x//y/", "../../../../x", "..//x", "./", "a/./b/../c/", "файл.pdf", "../kopilka/index.html#id",
        ];
        foreach (var page in pages)
        {
            foreach (var link in links)
            {
                Assert.Equal(Reference(page, link), CheckLinks.Combine(page, link));
            }
        }
    }
}
