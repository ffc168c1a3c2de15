using Mentoring.Site.Output;

namespace Mentoring.Site.Tests.Output;

public sealed class UrlPathsTests
{
    [Theory]
    [InlineData("index.md", null, "index.html")]
    [InlineData("programma.md", null, "programma/index.html")]
    [InlineData("о-школе/история.md", null, "o-shkole/istoriya/index.html")]
    [InlineData("razdel/index.md", null, "razdel/index.html")]
    [InlineData("razdel/_index.md", null, "razdel/index.html")]
    [InlineData("programma.md", "plan", "plan/index.html")]
    public void Page_destinations_are_ascii_folders(string source, string? slug, string expected) =>
        Assert.Equal(expected, UrlPaths.PageDestination(source, slug));

    [Theory]
    [InlineData("index.html", "programma/", "programma/index.html")]
    [InlineData("index.html", "", "index.html")]
    [InlineData("programma/index.html", "", "../index.html")]
    [InlineData("programma/index.html", "programma/index.html#tseli", "index.html#tseli")]
    [InlineData("kopilka/a/index.html", "assets/css/site.css", "../../assets/css/site.css")]
    [InlineData("kopilka/a/index.html", "kopilka/b/", "../b/index.html")]
    [InlineData("a/b/c/index.html", "a/x/index.html?q=1", "../../x/index.html?q=1")]
    [InlineData("404.html", "#main", "#main")]
    public void Relative_links_work_from_any_page(string from, string to, string expected) =>
        Assert.Equal(expected, UrlPaths.Relative(from, to));

    [Fact]
    public void Absolute_urls_drop_index_html() =>
        Assert.Equal("https://s.example/n/programma/", UrlPaths.Absolute("https://s.example/n", "programma/index.html"));
}
