using Mentoring.Site.Tests.Support;

namespace Mentoring.Site.Tests.Build;

public sealed class ThemeOverrideTests
{
    [Fact]
    public async Task A_site_overrides_one_theme_layout_with_its_own_file()
    {
        using var site = new TestSite();
        site.Write("layouts/page.html", "<h1 class=\"school-own\">{{ page.title }}</h1>\n{{ page.content }}\n");
        var report = await site.BuildAsync();
        Assert.True(report.Succeeded, string.Join("\n", Formatting.Lines(report)));
        var html = site.ReadOutput("index.html");
        Assert.Contains("<h1 class=\"school-own\">Главная</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<main id=\"main\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Content_values_are_escaped_and_template_syntax_in_content_is_text()
    {
        using var site = new TestSite();
        site.Write("content/about.md", "---\ntitle: \"<b>Жирно</b> {{ site.school.email }}\"\n---\n\nТекст {{ page.title }} и {% if x %}.\n");
        var report = await site.BuildAsync();
        Assert.True(report.Succeeded, string.Join("\n", Formatting.Lines(report)));
        var html = site.ReadOutput("about/index.html");
        Assert.Contains("&lt;b&gt;Жирно&lt;/b&gt; {{ site.school.email }}", html, StringComparison.Ordinal);
        Assert.Contains("{{ page.title }}", html, StringComparison.Ordinal);
        Assert.DoesNotContain("school@example.org", html, StringComparison.Ordinal);
    }
}
