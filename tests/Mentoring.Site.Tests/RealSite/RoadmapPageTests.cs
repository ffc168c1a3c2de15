using System.Globalization;
using AngleSharp.Dom;
using Mentoring.Site.Yaml;
using static Mentoring.Site.Tests.RealSite.RealContent;

namespace Mentoring.Site.Tests.RealSite;

/// <summary>
/// The roadmap page (section 9 of the programme, content/data/roadmap.yml): every item, grouped as in the
/// programme, with a status badge in words, the progress summary computed from the data, and the overdue
/// flag that depends on the reference date — checked on two builds, after and before the terms.
/// </summary>
public sealed class RoadmapPageTests(RealSite after, RealSiteBeforeTerms before) : IClassFixture<RealSite>, IClassFixture<RealSiteBeforeTerms>
{
    private const string Page = "dorozhnaya-karta/index.html";

    public static readonly TheoryData<string> Builds = new() { "after", "before" };

    private static readonly Dictionary<string, string> Badges = new(StringComparer.Ordinal)
    {
        ["выполнено"] = "Выполнено",
        ["в работе"] = "В работе",
        ["запланировано"] = "Запланировано",
        ["перенесено"] = "Перенесено",
    };

    [Fact]
    public void Roadmap_lists_every_item_of_roadmap_yml_and_of_section_9_of_the_programme()
    {
        var groups = Items(DataFile("data/roadmap.yml"));
        var rows = Rows(after);
        Assert.Equal(groups.Sum(g => Items(g, "items").Count), rows.Count);
        Assert.Equal(Programme.Roadmap.Sum(g => g.Items.Length), rows.Count);

        var seed = Programme.Roadmap.SelectMany(g => g.Items).ToArray();
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = Cells(rows[i]);
            Assert.Equal(Programme.Number(seed[i].Number), cells.Number);
            Assert.Equal(RealContent.Norm(seed[i].Activity), RealContent.Norm(cells.Activity));
            Assert.Equal(Programme.Loose(seed[i].Term), Programme.Loose(cells.Term));
            Assert.StartsWith(Programme.Loose(seed[i].Result), Programme.Loose(cells.Result), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_item_shows_its_number_activity_term_responsible_and_result_from_the_data()
    {
        var items = Items(DataFile("data/roadmap.yml")).SelectMany(g => Items(g, "items")).ToArray();
        var rows = Rows(after);
        Assert.Equal(items.Length, rows.Count);
        for (var i = 0; i < items.Length; i++)
        {
            var cells = Cells(rows[i]);
            Assert.Equal(Req(items[i], "number"), cells.Number);
            Assert.Equal(RealContent.Norm(Req(items[i], "activity")), RealContent.Norm(cells.Activity));
            Assert.Equal(RealContent.Norm(Req(items[i], "term")), RealContent.Norm(cells.Term));
            Assert.Equal(RealContent.Norm(Req(items[i], "responsible")), RealContent.Norm(cells.Responsible));
            if (Str(items[i], "result") is { } result)
            {
                Assert.StartsWith(RealContent.Norm(result), RealContent.Norm(cells.Result), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Items_are_grouped_as_in_the_programme()
    {
        var groups = Items(DataFile("data/roadmap.yml"));
        var sections = after.Page(Page).QuerySelectorAll("main section.roadmap-group").ToArray();
        Assert.Equal(groups.Count, sections.Length);
        Assert.Equal(Programme.Roadmap.Length, sections.Length);
        for (var g = 0; g < sections.Length; g++)
        {
            var heading = sections[g].QuerySelector("h2")!.TextContent;
            Assert.Equal(RealContent.Norm(Req(groups[g], "number") + ". " + Req(groups[g], "title")), RealContent.Norm(heading));
            Assert.Equal(RealContent.Norm(Programme.Roadmap[g].Number + " " + Programme.Roadmap[g].Title), RealContent.Norm(heading));
            var numbers = sections[g].QuerySelectorAll("tbody tr").Select(r => Cells(r).Number).ToArray();
            Assert.Equal(Programme.Roadmap[g].Items.Select(i => Programme.Number(i.Number)), numbers);
            Assert.All(numbers, n => Assert.StartsWith(Req(groups[g], "number") + ".", n, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public void Every_item_has_a_status_badge_that_says_the_status_in_words(string build)
    {
        var site = Site(build);
        var items = AllItems();
        var rows = Rows(site);
        for (var i = 0; i < items.Length; i++)
        {
            var badges = Cells(rows[i]).Status.QuerySelectorAll(".badge").Select(Html.Text).ToArray();
            Assert.NotEmpty(badges);
            Assert.Equal(Badges[Req(items[i], "status")], badges[0]);
            Assert.All(badges, b => Assert.False(string.IsNullOrWhiteSpace(b), "A badge without text."));
        }
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public void Summary_counts_done_items_from_the_data_with_a_progress_element(string build)
    {
        var site = Site(build);
        var items = AllItems();
        var done = items.Count(i => Req(i, "status") == "выполнено");
        var total = items.Length;
        var summary = site.Page(Page).QuerySelector("main .progress-summary") ?? throw new InvalidOperationException("No progress summary.");
        var text = Html.Text(summary);
        Assert.Contains($"выполнено {done} из {total} {Html.Plural(total, "мероприятия", "мероприятий", "мероприятий")}", text, StringComparison.OrdinalIgnoreCase);
        var percent = (int)Math.Round(done * 100m / total, MidpointRounding.ToEven);
        Assert.Contains($"({percent}\u00A0%)", summary.TextContent, StringComparison.Ordinal);
        var progress = summary.QuerySelector("progress") ?? throw new InvalidOperationException("No <progress>.");
        Assert.Equal(total.ToString(CultureInfo.InvariantCulture), progress.GetAttribute("max"));
        Assert.Equal(done.ToString(CultureInfo.InvariantCulture), progress.GetAttribute("value"));
        Assert.False(string.IsNullOrWhiteSpace(progress.TextContent), "The progress element has no text for browsers that do not draw it.");
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public void Items_past_their_due_date_and_not_done_are_flagged_overdue_and_no_others(string build)
    {
        var site = Site(build);
        var items = AllItems();
        var rows = Rows(site);
        var expected = 0;
        for (var i = 0; i < items.Length; i++)
        {
            var overdue = Date(items[i], "due") is { } due && due < site.ReferenceDate && Req(items[i], "status") != "выполнено";
            expected += overdue ? 1 : 0;
            var flagged = Cells(rows[i]).Status.QuerySelectorAll(".badge").Any(b => Html.Text(b) == "Просрочено");
            Assert.True(overdue == flagged, $"Item {Req(items[i], "number")} (due {Str(items[i], "due")}, {Req(items[i], "status")}) on {site.ReferenceDate:yyyy-MM-dd}: flagged {flagged}, expected {overdue}.");
        }

        var summary = Html.Text(site.Page(Page).QuerySelector("main .progress-summary")!);
        if (expected > 0)
        {
            Assert.Contains($"Просрочено {expected}", summary, StringComparison.Ordinal);
        }
        else
        {
            Assert.DoesNotContain("Просрочено", summary, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_two_builds_flag_as_many_items_as_the_data_says_and_the_earlier_one_none()
    {
        static int Flagged(RealSiteBuild site) =>
            site.Page(Page).QuerySelectorAll("main tbody .badge").Count(b => Html.Text(b) == "Просрочено");

        static int Expected(DateOnly date) =>
            AllItems().Count(i => Date(i, "due") is { } due && due < date && Req(i, "status") != "выполнено");

        Assert.Equal(Expected(after.ReferenceDate), Flagged(after));
        Assert.Equal(0, Expected(before.ReferenceDate));
        Assert.Equal(0, Flagged(before));
    }

    [Fact]
    public void Only_the_roadmap_depends_on_the_reference_date()
    {
        var a = after.Snapshot();
        var b = before.Snapshot();
        Assert.Equal(a.Keys, b.Keys);
        var differ = a.Keys.Where(k => !a[k].AsSpan().SequenceEqual(b[k])).ToArray();
        Assert.Equal([Page], differ);
    }

    private RealSiteBuild Site(string build) => build == "after" ? after : before;

    private static YamlNode[] AllItems() => [.. Items(DataFile("data/roadmap.yml")).SelectMany(g => Items(g, "items"))];

    private static List<IElement> Rows(RealSiteBuild site) =>
        [.. site.Page(Page).QuerySelectorAll("main table.roadmap tbody tr")];

    private static (string Number, string Activity, string Term, string Responsible, string Result, IElement Status) Cells(IElement row)
    {
        string Cell(string label) => row.QuerySelector($"td[data-label='{label}']")?.TextContent ?? throw new InvalidOperationException($"No «{label}» cell.");
        return (
            Cell("№").Trim(),
            row.QuerySelector("th[scope=row]")!.TextContent,
            Cell("Срок"),
            Cell("Ответственный"),
            Cell("Результат"),
            row.QuerySelector("td[data-label='Статус']")!);
    }
}
