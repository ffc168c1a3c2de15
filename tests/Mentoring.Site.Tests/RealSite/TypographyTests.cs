using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Mentoring.Site.Tests.RealSite;

/// <summary>
/// Russian typography is applied to the text of every page of the real site: no-break spaces after short
/// prepositions and conjunctions, «ёлочки» with „лапками“ inside, no straight double quotes — and none of
/// it inside code.
/// </summary>
public sealed partial class TypographyTests(RealSite site) : IClassFixture<RealSite>
{
    /// <summary>Elements whose text is copied as written.</summary>
    private static readonly HashSet<string> Verbatim = new(StringComparer.OrdinalIgnoreCase) { "code", "pre", "kbd", "samp", "script", "style", "textarea" };

    [Fact]
    public void Text_has_no_straight_double_quotes_outside_code()
    {
        var found = TextNodes()
            .Where(t => t.Node.Data.Contains('"', StringComparison.Ordinal))
            .Select(t => $"{t.File}: «{t.Node.Data.Trim()}»")
            .ToArray();
        Assert.True(found.Length == 0, "Straight double quotes in the text:\n" + string.Join("\n", found.Take(20)));
    }

    [Fact]
    public void Short_prepositions_and_conjunctions_are_bound_to_the_next_word()
    {
        var found = new List<string>();
        // The SVG charts' words too: their text is typeset when they are drawn.
        foreach (var (file, node) in TextNodes())
        {
            foreach (Match m in LooseShortWord().Matches(node.Data))
            {
                found.Add($"{file}: «…{Around(node.Data, m.Index)}…»");
            }

            // «в <a>школе</a>»: a short word that ends a text node before an inline element.
            if (TrailingShortWord().IsMatch(node.Data) && node.NextSibling is IElement { LocalName: "a" or "strong" or "em" or "b" or "i" or "span" or "time" or "abbr" })
            {
                found.Add($"{file}: «…{node.Data[Math.Max(0, node.Data.Length - 30)..]}<{((IElement)node.NextSibling).LocalName}>…»");
            }
        }

        Assert.True(found.Count == 0, $"{found.Count} short words end a line:\n" + string.Join("\n", found.Take(30)));
    }

    [Fact]
    public void The_programme_page_keeps_its_no_break_spaces_after_prepositions_and_before_dashes()
    {
        var text = site.Page("programma/poyasnitelnaya-zapiska/index.html").QuerySelector("main .prose")!.TextContent;
        Assert.Contains("в\u00A0соответствии с\u00A0документами", text, StringComparison.Ordinal);
        Assert.Contains("(далее\u00A0— Программа)", text, StringComparison.Ordinal);
        Assert.Contains("№\u00A0273-ФЗ «Об\u00A0образовании в\u00A0Российской Федерации»", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Quotes_are_elochki_outside_and_lapki_inside()
    {
        var found = new List<string>();
        foreach (var file in site.HtmlFiles())
        {
            var page = site.Page(file);
            foreach (var block in page.Body!.QuerySelectorAll("p, li, td, th, h1, h2, h3, h4, caption, figcaption, dt, dd, summary, a, title, desc"))
            {
                if (block.QuerySelector("p, li, td, th, ul, ol, table, div") is not null || block.Closest("code, pre, script") is not null)
                {
                    continue;
                }

                var depth = 0;
                foreach (var c in block.TextContent)
                {
                    if (c == '«' && ++depth > 1)
                    {
                        found.Add($"{file}: «{block.TextContent.Trim()}» nests «ёлочки» inside «ёлочки»");
                        break;
                    }

                    if (c == '„' && depth == 0)
                    {
                        found.Add($"{file}: «{block.TextContent.Trim()}» opens with „лапки“");
                        break;
                    }

                    if (c == '»')
                    {
                        depth--;
                    }
                }
            }
        }

        Assert.True(found.Count == 0, string.Join("\n", found.Distinct().Take(20)));
        Assert.Contains("«Образование»", site.Page("programma/poyasnitelnaya-zapiska/index.html").QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_and_its_percent_sign_stay_on_one_line()
    {
        var found = TextNodes()
            .SelectMany(t => LoosePercent().Matches(t.Node.Data).Select(m => $"{t.File}: «…{Around(t.Node.Data, m.Index)}…»"))
            .ToArray();
        Assert.True(found.Length == 0, $"{found.Length} percent signs can start a line:\n" + string.Join("\n", found.Take(30)));
        Assert.Contains("48\u00A0%", site.Page("kopilka/2022-11-24-reshaem-vmeste-matematika/index.html").QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_and_attributes_are_left_as_written()
    {
        foreach (var file in site.HtmlFiles())
        {
            var page = site.Page(file);
            foreach (var element in page.All)
            {
                foreach (var attribute in element.Attributes.Where(a => a.Name is "href" or "src" or "id" or "datetime"))
                {
                    Assert.False(attribute.Value.Contains('\u00A0', StringComparison.Ordinal), $"{file}: {element.LocalName}[{attribute.Name}] has a no-break space: «{attribute.Value}».");
                }
            }

            foreach (var code in page.QuerySelectorAll("code, pre"))
            {
                Assert.DoesNotContain("«", code.TextContent, StringComparison.Ordinal);
            }
        }
    }

    private IEnumerable<(string File, IText Node)> TextNodes()
    {
        foreach (var file in site.HtmlFiles())
        {
            var body = site.Page(file).Body!;
            foreach (var node in body.Descendants<IText>())
            {
                var verbatim = false;
                for (var e = node.ParentElement; e is not null; e = e.ParentElement)
                {
                    if (Verbatim.Contains(e.LocalName))
                    {
                        verbatim = true;
                        break;
                    }
                }

                if (!verbatim)
                {
                    yield return (file, node);
                }
            }
        }
    }

    private static string Around(string text, int index) =>
        text[Math.Max(0, index - 25)..Math.Min(text.Length, index + 25)].ReplaceLineEndings(" ");

    /// <summary>A short preposition or conjunction followed by a breakable space and a word.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}\-.])(?:а|без|в|во|да|до|для|за|и|из|к|ко|на|не|ни|о|об|обо|от|по|при|про|с|со|у|над|под|через)[ \t\r\n]+(?=[\p{L}\p{N}«(№])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LooseShortWord();

    [GeneratedRegex(@"(?<![\p{L}\p{N}\-.])(?:а|без|в|во|да|до|для|за|и|из|к|ко|на|не|ни|о|об|обо|от|по|при|про|с|со|у|над|под|через)[ \t\r\n]+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingShortWord();

    /// <summary>A number, a breakable space, a percent (per mille) sign.</summary>
    [GeneratedRegex(@"\p{N}[ \t\r\n]+[%‰]", RegexOptions.CultureInvariant)]
    private static partial Regex LoosePercent();
}
