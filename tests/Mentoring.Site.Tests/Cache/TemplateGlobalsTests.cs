using Mentoring.Site.Templates;
using Mentoring.Site.Tests.Support;
using Scriban;

namespace Mentoring.Site.Tests.Cache;

/// <summary>Which globals a layout reads decides which global changes re-render its pages: it must never miss one.</summary>
public sealed class TemplateGlobalsTests
{
    private static TemplateGlobals Of(params (string Name, string Text)[] templates)
    {
        var parsed = templates.ToDictionary(t => t.Name, t => Template.Parse(t.Text), StringComparer.Ordinal);
        return new TemplateGlobals(name => parsed.GetValueOrDefault(name));
    }

    [Fact]
    public void A_layout_reads_its_own_globals_those_of_base_html_and_of_every_partial_included_transitively()
    {
        var globals = Of(
            ("layouts/base.html", "{{ site.title }}{{ include 'partials/nav.html' }}{{ content }}"),
            ("layouts/page.html", "{{ page.title }}{{ include 'partials/a.html' }}"),
            ("partials/nav.html", "{{ for item in nav }}{{ item.title }}{{ end }}"),
            ("partials/a.html", "{{ include 'partials/b.html' }}"),
            ("partials/b.html", "{{ library.count }}"));

        var names = globals.For("page");

        Assert.NotNull(names);
        Assert.Superset(new HashSet<string>(["site", "nav", "page", "library", "content"]), names!.ToHashSet());
    }

    [Theory]
    [InlineData("{{ 'partials/b.html' | include }}")]
    [InlineData("{{ name = 'partials/b.html'; include name }}")]
    [InlineData("{{ this['library'].count }}")]
    public void A_layout_whose_reads_cannot_be_known_depends_on_every_global(string layout)
    {
        var globals = Of(
            ("layouts/base.html", "{{ content }}"),
            ("layouts/page.html", layout),
            ("partials/b.html", "{{ library.count }}"));

        Assert.Null(globals.For("page"));
    }

    [Fact]
    public void In_the_real_theme_a_practice_page_does_not_read_the_library_global_and_the_home_page_does()
    {
        var diagnostics = new Engine.DiagnosticBag();
        var theme = Theme.Load([Path.Combine(RepositoryPaths.Root, "themes", "default")], RepositoryPaths.Root, TemplateFunctions.Create(), diagnostics);

        Assert.DoesNotContain("library", (IEnumerable<string>)theme.Globals.For("practice")!);
        Assert.Contains("library", (IEnumerable<string>)theme.Globals.For("home")!);
        Assert.Contains("site", (IEnumerable<string>)theme.Globals.For("practice")!);
    }
}
