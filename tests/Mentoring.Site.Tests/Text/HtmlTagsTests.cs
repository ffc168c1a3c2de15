using Mentoring.Site.Text;

namespace Mentoring.Site.Tests.Text;

public sealed class HtmlTagsTests
{
    [Fact]
    public void The_fast_path_agrees_with_the_table_in_any_case()
    {
        foreach (var (name, role) in HtmlTags.KnownRoles)
        {
            Assert.Equal(role, HtmlTags.RoleOf(name));
            Assert.Equal(role, HtmlTags.RoleOf(name.ToUpperInvariant()));
            Assert.Equal(role, HtmlTags.RoleOf(char.ToUpperInvariant(name[0]) + name[1..]));
        }
    }

    [Theory]
    [InlineData("p")]
    [InlineData("div")]
    [InlineData("section")]
    [InlineData("blockquote")]
    [InlineData("h1")]
    [InlineData("spans")]
    [InlineData("x-a")]
    [InlineData("ѕpan")]
    public void Unknown_names_are_blocks(string name) => Assert.Equal(HtmlTagRole.Block, HtmlTags.RoleOf(name));

    [Theory]
    [InlineData("\u0131ns")]
    [InlineData("\u017Fpan")]
    [InlineData("\u212Abd")]
    public void Names_that_only_fold_to_known_ones_outside_ascii_are_blocks(string name) =>
        Assert.Equal(HtmlTagRole.Block, HtmlTags.RoleOf(name));
}
