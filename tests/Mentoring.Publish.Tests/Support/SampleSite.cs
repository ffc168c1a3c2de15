using Mentoring.Site.Tests.Support;

namespace Mentoring.Publish.Tests.Support;

/// <summary>A small but varied site on top of <see cref="TestSite"/>: pages in folders, a Cyrillic source name, a document, a stylesheet.</summary>
internal static class SampleSite
{
    public static TestSite Create(int extraPages = 0)
    {
        var site = new TestSite()
            .Write("content/programma.md", "---\ntitle: Программа\nnav_order: 2\nupdated: 2024-05-01\n---\n\nПрограмма наставничества. [Положение](files/polozhenie.pdf)\n")
            .Write("content/о-школе/история.md", "---\ntitle: История\nupdated: 2024-05-01\n---\n\nШкола открыта в 1975 году.\n")
            .WriteBytes("content/files/polozhenie.pdf", [.. "%PDF-1.4\n% Положение\n"u8, .. new byte[3000]])
            .Write("themes/default/static/css/site.css", "body { font-family: sans-serif; }\n");
        for (var i = 1; i <= extraPages; i++)
        {
            site.Write($"content/stranitsy/stranitsa-{i:00}.md", $"---\ntitle: Страница {i}\nupdated: 2024-05-01\n---\n\nТекст страницы {i}.\n");
        }

        return site;
    }
}
