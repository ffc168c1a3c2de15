using AngleSharp.Html.Parser;
using Mentoring.Site.Tests.Support;

namespace Mentoring.Site.Tests.Safety;

/// <summary>
/// Template syntax written by the curator is text: a page shows it literally and the template engine never runs it,
/// in a title, a description, a body or a data file.
/// </summary>
public sealed class TemplateInjectionTests
{
    public static TheoryData<string> Expressions =>
    [
        "{{ site.school.email }}",
        "{{ site.school.email | string.upcase }}",
        "{% if true %}выполнено{% end %}",
        "}}{{ site.school.email }}{{",
        "{{ include 'layouts/base.html' }}",
        "{{ for i in 1..100000000 }}x{{ end }}",
        "{{~ page.title ~}}",
    ];

    [Theory]
    [MemberData(nameof(Expressions))]
    public async Task Template_syntax_in_content_is_shown_as_written(string expression)
    {
        using var site = new TestSite();
        var quoted = System.Text.Json.JsonSerializer.Serialize("Заголовок " + expression);
        site.Write("content/site.yml", TestSite.SiteYml.Replace("section_title: Наставничество", "section_title: " + System.Text.Json.JsonSerializer.Serialize("Раздел " + expression), StringComparison.Ordinal));
        site.Write("content/stranitsa.md", $"---\ntitle: {quoted}\n---\n\nТекст {expression} и `{expression}`.\n");

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join("\n", Formatting.Errors(report)));
        var document = new HtmlParser().ParseDocument(site.ReadOutput("stranitsa/index.html"));
        string Text(string selector) => document.QuerySelector(selector)!.TextContent.Replace('\u00A0', ' ');
        Assert.Equal("Заголовок " + expression, Text("h1").Replace("Заголовок  ", "Заголовок ", StringComparison.Ordinal));
        Assert.Contains(expression, document.Title!.Replace('\u00A0', ' '), StringComparison.Ordinal);
        Assert.Contains("Текст " + expression, Text("main p").Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(expression, Text("main p code"));
        Assert.DoesNotContain("school@example.org", document.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("SCHOOL@EXAMPLE.ORG", document.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }
}
