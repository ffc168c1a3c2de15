using Mentoring.Engine;
using Mentoring.Site.Yaml;

namespace Mentoring.Site.Tests.Yaml;

public sealed class YamlReaderTests
{
    [Fact]
    public void Nodes_carry_real_lines_including_the_offset()
    {
        var bag = new DiagnosticBag();
        var node = Assert.IsType<YamlMapping>(YamlReader.Read("title: Тест\ntags:\n  - один\n  - два\n", "x.md", bag, lineOffset: 1));
        Assert.False(bag.HasErrors);
        Assert.Equal(2, node.Entries[0].Key.Line);
        var tags = Assert.IsType<YamlSequence>(node["tags"]);
        Assert.Equal(5, tags.Items[1].Line);
        Assert.Equal(5, tags.Items[1].Column);
    }

    [Fact]
    public void Quoted_null_is_text_and_plain_null_is_empty()
    {
        var bag = new DiagnosticBag();
        var node = Assert.IsType<YamlMapping>(YamlReader.Read("a: \"null\"\nb: null\nc:\n", "x.yml", bag));
        Assert.False(Assert.IsType<YamlScalar>(node["a"]).IsNull);
        Assert.True(Assert.IsType<YamlScalar>(node["b"]).IsNull);
        Assert.True(Assert.IsType<YamlScalar>(node["c"]).IsNull);
    }

    [Fact]
    public void Empty_text_gives_no_node_and_no_error()
    {
        var bag = new DiagnosticBag();
        Assert.Null(YamlReader.Read(string.Empty, "x.yml", bag));
        Assert.False(bag.HasErrors);
    }

    [Fact]
    public void Two_documents_are_refused()
    {
        var bag = new DiagnosticBag();
        Assert.Null(YamlReader.Read("a: 1\n---\nb: 2\n", "x.yml", bag));
        Assert.Equal(YamlReader.SyntaxCode, Assert.Single(bag.Sorted()).Code);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused_without_stack_overflow()
    {
        var deep = string.Concat(Enumerable.Repeat("[", 5000)) + string.Concat(Enumerable.Repeat("]", 5000));
        var bag = new DiagnosticBag();
        Assert.Null(YamlReader.Read("a: " + deep, "x.yml", bag));
        Assert.Contains(bag.Sorted(), d => d.Code == YamlReader.TooDeepCode || d.Code == YamlReader.SyntaxCode);
    }

    [Fact]
    public void Tabs_in_indentation_are_explained()
    {
        var bag = new DiagnosticBag();
        Assert.Null(YamlReader.Read("a:\n\t- b\n", "x.yml", bag));
        var d = Assert.Single(bag.Sorted());
        Assert.Equal(2, d.Line);
        Assert.Contains("табуляц", d.Message, StringComparison.Ordinal);
    }
}
