using System.Text;
using System.Text.RegularExpressions;
using Mentoring.Site.Tests.Support;

namespace Mentoring.Site.Tests.RealSite;

/// <summary>
/// Nothing of the programme is lost on the way to the site: every sentence, list item and table cell of
/// its text (Fixtures/programma-2022.txt, the programme as the school adopted it) appears on some page,
/// letters and digits compared. The few places where content/ deliberately corrects the programme are
/// listed with the corrected wording, which must appear instead.
/// </summary>
public sealed partial class ProgrammeTextTests(RealSite site) : IClassFixture<RealSite>
{
    /// <summary>Pieces of the programme that the site corrects (see the comments in content/), with the wording published instead.</summary>
    private static readonly (string Original, string Published)[] Corrections =
    [
        // acts.yml, programma.md: a fragment about order № 2403-р was pasted into the title of resolution № 239.
        ("Постановления Правительства Удмуртской Республики от 29 мая 2017 года № 239", "О наставничестве в образовательных организациях, подведомственных Министерству образования и науки Удмуртской Республики"),
        // programma.md: «Методических рекомендации» → «рекомендаций».
        ("Методических рекомендации по внедрению методологии", "Методических рекомендаций по внедрению методологии (целевой модели) наставничества обучающихся"),
        // Headings of section 5 as the forms page names them.
        ("Формы наставничества МБОУ «Кезская СОШ №2»", "Формы наставничества"),
        ("Форма наставничества «Ученик –ученик»", "Форма «Ученик – ученик»"),
        ("Форма наставничества «педагог - педагог»", "Форма «Педагог – педагог»"),
        ("Цель реализации формы «ученик-ученик»", "Разносторонняя поддержка обучающихся с особыми образовательными или социальными потребностями либо временная помощь в адаптации к новым условиям обучения"),
        ("Формы взаимодействия наставников и наставляемых", "Модели взаимодействия"),
        // forms.yml: «(начинающий педагог)» moved into the model's purpose.
        ("«Опытный педагог – молодой специалист» (начинающий педагог)", "(молодой специалист — начинающий педагог)"),
        // monitoring.yml, programma.md: the table's «в» was torn out of these criteria; the extra «и» removed.
        ("Определение эффективности участников наставнической деятельности организации", "Определение эффективности участников наставнической деятельности в организации"),
        ("Изменения личности наставляемого", "Изменения в личности наставляемого"),
        ("Степень применения наставляемым и полученных от наставника", "Степень применения наставляемым полученных от наставника знаний, умений и опыта"),
        // roadmap.yml: the heading of section 9 names «СОШ №1» by mistake; «Зам.директора» written out.
        ("Дорожная карта внедрения Программы наставничества в МБОУ «Кезская СОШ №1»", "Дорожная карта внедрения Программы наставничества в МБОУ «Кезская СОШ № 2»"),
        ("Куратор Зам.директора по информатизации", "Куратор, заместитель директора по информатизации"),
    ];

    public static string ProgrammeFile => Path.Combine(RepositoryPaths.Root, "tests", "Mentoring.Site.Tests", "RealSite", "Fixtures", "programma-2022.txt");

    [Fact]
    public void Every_sentence_of_the_programme_is_published()
    {
        var text = SiteText();
        var pieces = Pieces(File.ReadAllText(ProgrammeFile)).ToArray();
        Assert.True(pieces.Length > 250, $"Only {pieces.Length} pieces were read from the programme.");
        var missing = new List<string>();
        foreach (var piece in pieces)
        {
            if (text.Contains(Programme.Loose(piece), StringComparison.Ordinal))
            {
                continue;
            }

            var correction = Corrections.FirstOrDefault(c => Programme.Loose(piece).StartsWith(Programme.Loose(c.Original), StringComparison.Ordinal));
            if (correction.Published is null)
            {
                missing.Add(piece);
            }
            else if (!text.Contains(Programme.Loose(correction.Published), StringComparison.Ordinal))
            {
                missing.Add($"{piece} (corrected as «{correction.Published}», which is not published either)");
            }
        }

        Assert.True(missing.Count == 0, $"{missing.Count} pieces of the programme are on no page:\n" + string.Join("\n", missing.Take(30)));
    }

    [Fact]
    public void Every_correction_is_still_needed()
    {
        var pieces = Pieces(File.ReadAllText(ProgrammeFile)).Select(Programme.Loose).ToArray();
        var text = SiteText();
        foreach (var (original, _) in Corrections)
        {
            Assert.Contains(pieces, p => p.StartsWith(Programme.Loose(original), StringComparison.Ordinal) && !text.Contains(p, StringComparison.Ordinal));
        }
    }

    /// <summary>The text of every page's body, letters and digits only.</summary>
    private string SiteText()
    {
        var sb = new StringBuilder();
        foreach (var file in site.HtmlFiles())
        {
            sb.Append(Programme.Loose(site.Page(file).Body!.TextContent)).Append('|');
        }

        return sb.ToString();
    }

    /// <summary>
    /// The programme cut into what a page shows as one unit: table cells, numbered items («1. … 2. …»
    /// inside a cell), sentences; short pieces (numbers, «Задачи:») are left out.
    /// </summary>
    private static IEnumerable<string> Pieces(string programme)
    {
        foreach (var line in Tag().Replace(programme, "\n").Split('\n'))
        {
            foreach (var cell in line.Split('\t'))
            {
                foreach (var item in NumberedItem().Split(cell))
                {
                    foreach (var sentence in SentenceEnd().Split(item))
                    {
                        var piece = sentence.Trim(' ', '-', '•', '–', ';', '.');
                        if (Programme.Loose(piece).Length > 25)
                        {
                            yield return piece;
                        }
                    }
                }
            }
        }
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?:^|\s)\d\.\s*(?=[А-ЯA-Z])")]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"(?<=[.;])\s+(?=[А-Я])")]
    private static partial Regex SentenceEnd();
}
