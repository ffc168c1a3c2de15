using System.Collections.Immutable;

namespace Mentoring.Engine.Tests;

public sealed class DocumentTests
{
    private static readonly KeyValuePair<string, object?>[] SampleMetadata =
    [
        new("title", "Первый урок"),
        new("order", 3),
    ];

    [Fact]
    public void Create_keeps_paths_content_and_metadata()
    {
        var doc = Document.Create("lessons/first.md", "lessons/first/index.html", "# Привет", SampleMetadata);

        Assert.Equal("lessons/first.md", doc.Source);
        Assert.Equal("lessons/first/index.html", doc.Destination);
        Assert.Equal("# Привет", doc.Content);
        Assert.Equal(2, doc.Metadata.Count);
        Assert.Equal("Первый урок", doc.Metadata["title"]);
        Assert.Equal(3, doc.Metadata["order"]);
    }

    [Fact]
    public void Create_without_metadata_gives_empty_ordinal_metadata()
    {
        var doc = Document.Create(null, null, string.Empty);

        Assert.Null(doc.Source);
        Assert.Null(doc.Destination);
        Assert.Empty(doc.Metadata);
        Assert.Same(StringComparer.Ordinal, doc.Metadata.KeyComparer);
    }

    [Fact]
    public void Create_rejects_null_content()
    {
        Assert.Throws<ArgumentNullException>(() => Document.Create("a.md", null, null!));
    }

    [Fact]
    public void Create_with_repeated_key_keeps_the_last_value()
    {
        var doc = Document.Create("a.md", null, "", [new("k", 1), new("k", 2)]);

        Assert.Equal(2, doc.Get<int>("k"));
        Assert.Single(doc.Metadata);
    }

    [Fact]
    public void WithContent_returns_a_new_document_and_leaves_the_original_unchanged()
    {
        var original = Document.Create("a.md", "a.html", "old", SampleMetadata);

        var changed = original.WithContent("new");

        Assert.NotSame(original, changed);
        Assert.Equal("old", original.Content);
        Assert.Equal("new", changed.Content);
        Assert.Equal(original.Source, changed.Source);
        Assert.Equal(original.Destination, changed.Destination);
        Assert.Same(original.Metadata, changed.Metadata);
    }

    [Fact]
    public void WithContent_rejects_null()
    {
        var doc = Document.Create("a.md", null, "x");

        Assert.Throws<ArgumentNullException>(() => doc.WithContent(null!));
    }

    [Fact]
    public void WithDestination_returns_a_new_document_and_leaves_the_original_unchanged()
    {
        var original = Document.Create("a.md", null, "text", SampleMetadata);

        var placed = original.WithDestination("a/index.html");
        var cleared = placed.WithDestination(null);

        Assert.Null(original.Destination);
        Assert.Equal("a/index.html", placed.Destination);
        Assert.Null(cleared.Destination);
        Assert.Equal("a/index.html", placed.Destination);
        Assert.Equal("text", placed.Content);
        Assert.Equal("a.md", placed.Source);
        Assert.Same(original.Metadata, placed.Metadata);
    }

    [Fact]
    public void WithMetadata_key_returns_a_new_document_and_leaves_the_original_unchanged()
    {
        var original = Document.Create("a.md", null, "text", SampleMetadata);

        var added = original.WithMetadata("draft", true);
        var replaced = original.WithMetadata("title", "Второй урок");

        Assert.NotSame(original, added);
        Assert.Equal(2, original.Metadata.Count);
        Assert.False(original.Metadata.ContainsKey("draft"));
        Assert.Equal("Первый урок", original.Get<string>("title"));

        Assert.Equal(3, added.Metadata.Count);
        Assert.True(added.Get<bool>("draft"));
        Assert.Equal("Второй урок", replaced.Get<string>("title"));
        Assert.Equal("text", added.Content);
        Assert.Equal("a.md", added.Source);
    }

    [Fact]
    public void WithMetadata_items_adds_and_replaces_without_touching_the_original()
    {
        var original = Document.Create("a.md", null, "text", SampleMetadata);

        var changed = original.WithMetadata([new("order", 7), new("tags", new[] { "x" })]);

        Assert.Equal(3, original.Get<int>("order"));
        Assert.False(original.Metadata.ContainsKey("tags"));
        Assert.Equal(7, changed.Get<int>("order"));
        Assert.Equal(["x"], changed.Get<string[]>("tags")!);
        Assert.Equal("Первый урок", changed.Get<string>("title"));
    }

    [Fact]
    public void WithMetadata_can_store_null_values()
    {
        var doc = Document.Create("a.md", null, "").WithMetadata("empty", null);

        Assert.True(doc.Metadata.ContainsKey("empty"));
        Assert.Null(doc.Metadata["empty"]);
    }

    [Fact]
    public void WithoutMetadata_returns_a_new_document_and_leaves_the_original_unchanged()
    {
        var original = Document.Create("a.md", null, "text", SampleMetadata);

        var removed = original.WithoutMetadata("title");
        var missing = original.WithoutMetadata("no-such-key");

        Assert.NotSame(original, removed);
        Assert.True(original.Metadata.ContainsKey("title"));
        Assert.False(removed.Metadata.ContainsKey("title"));
        Assert.Equal(3, removed.Get<int>("order"));
        Assert.Equal(2, missing.Metadata.Count);
    }

    [Fact]
    public void Chained_changes_never_leak_into_earlier_documents()
    {
        var v1 = Document.Create(@"a\b.md", null, "1");
        var v2 = v1.WithContent("2").WithMetadata("k", "v2");
        var v3 = v2.WithContent("3").WithMetadata("k", "v3").WithDestination("b.html");

        Assert.Equal(("1", (string?)null, (string?)null), (v1.Content, v1.Get<string>("k"), v1.Destination));
        Assert.Equal(("2", (string?)"v2", (string?)null), (v2.Content, v2.Get<string>("k"), v2.Destination));
        Assert.Equal(("3", (string?)"v3", (string?)"b.html"), (v3.Content, v3.Get<string>("k"), v3.Destination));
        Assert.All([v1, v2, v3], d => Assert.Equal("a/b.md", d.Source));
    }

    [Fact]
    public void Metadata_keys_are_sorted_ordinally_whatever_the_insertion_order()
    {
        // Ordinal: upper case before '_' before lower case before Cyrillic; a culture-aware sort would interleave them.
        string[] keys = ["я", "b", "_x", "а", "Z", "a", "B", "10", "9"];
        var doc = Document.Create("a.md", null, "", keys.Select(k => new KeyValuePair<string, object?>(k, k)));

        var expected = keys.Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["10", "9", "B", "Z", "_x", "a", "b", "а", "я"], expected);
        Assert.Equal(expected, doc.Metadata.Keys);
    }

    [Fact]
    public void Metadata_stays_ordinally_sorted_after_changes()
    {
        var doc = Document.Create("a.md", null, "", [new("m", 1)])
            .WithMetadata("b", 2)
            .WithMetadata([new("Z", 3), new("z", 4)])
            .WithMetadata("A", 5);

        Assert.Equal(["A", "Z", "b", "m", "z"], doc.Metadata.Keys);
    }

    [Fact]
    public void Metadata_keys_are_case_sensitive()
    {
        var doc = Document.Create("a.md", null, "", [new("Title", "upper"), new("title", "lower")]);

        Assert.Equal(2, doc.Metadata.Count);
        Assert.Equal("upper", doc.Get<string>("Title"));
        Assert.Equal("lower", doc.Get<string>("title"));
        Assert.Null(doc.Get<string>("TITLE"));
    }

    [Fact]
    public void Metadata_from_a_culture_sorted_source_is_resorted_ordinally()
    {
        var source = new SortedDictionary<string, object?>(StringComparer.InvariantCultureIgnoreCase)
        {
            ["b"] = 1,
            ["A"] = 2,
            ["a2"] = 3,
        };

        var doc = Document.Create("a.md", null, "", source);

        Assert.Equal(["A", "a2", "b"], doc.Metadata.Keys);
        Assert.Same(StringComparer.Ordinal, doc.Metadata.KeyComparer);
    }

    [Fact]
    public void Get_returns_the_value_when_the_type_matches()
    {
        var when = new DateOnly(2026, 9, 1);
        var doc = Document.Create("a.md", null, "", [new("title", "Урок"), new("order", 3), new("date", when), new("tags", ImmutableArray.Create("a", "b"))]);

        Assert.Equal("Урок", doc.Get<string>("title"));
        Assert.Equal(3, doc.Get<int>("order"));
        Assert.Equal(when, doc.Get<DateOnly>("date"));
        Assert.Equal(["a", "b"], doc.Get<ImmutableArray<string>>("tags").AsEnumerable());
    }

    [Fact]
    public void Get_accepts_base_types_and_interfaces()
    {
        var doc = Document.Create("a.md", null, "", [new("tags", ImmutableArray.Create("a", "b")), new("title", "x")]);

        Assert.Equal(["a", "b"], doc.Get<IReadOnlyList<string>>("tags"));
        Assert.Equal("x", doc.Get<object>("title"));
        Assert.Equal(2, doc.Get<IEnumerable<string>>("tags")!.Count());
    }

    [Fact]
    public void Get_returns_default_when_the_key_is_missing_or_the_type_differs()
    {
        var doc = Document.Create("a.md", null, "", [new("order", 3), new("title", "x"), new("nothing", null)]);

        Assert.Null(doc.Get<string>("missing"));
        Assert.Equal(0, doc.Get<int>("missing"));
        Assert.Null(doc.Get<string>("order"));
        Assert.Equal(0, doc.Get<int>("title"));
        Assert.Equal(0L, doc.Get<long>("order"));
        Assert.Null(doc.Get<string>("nothing"));
        Assert.Null(doc.Get<int?>("title"));
        Assert.Equal(3, doc.Get<int?>("order"));
    }

    [Fact]
    public void TryGet_returns_true_and_the_value_when_the_type_matches()
    {
        var doc = Document.Create("a.md", null, "", [new("order", 3), new("title", "Урок")]);

        Assert.True(doc.TryGet<int>("order", out var order));
        Assert.Equal(3, order);
        Assert.True(doc.TryGet<string>("title", out var title));
        Assert.Equal("Урок", title);
        Assert.True(doc.TryGet<object>("order", out var boxed));
        Assert.Equal(3, boxed);
    }

    [Fact]
    public void TryGet_returns_false_and_default_when_missing_wrongly_typed_or_null()
    {
        var doc = Document.Create("a.md", null, "", [new("order", 3), new("nothing", null)]);

        Assert.False(doc.TryGet<int>("missing", out var missing));
        Assert.Equal(0, missing);
        Assert.False(doc.TryGet<string>("order", out var wrongType));
        Assert.Null(wrongType);
        Assert.False(doc.TryGet<long>("order", out var otherNumber));
        Assert.Equal(0L, otherNumber);
        Assert.False(doc.TryGet<string>("nothing", out var nothing));
        Assert.Null(nothing);
    }

    [Theory]
    [InlineData(@"lessons\2026\first.md", "lessons/2026/first.md")]
    [InlineData(@"a\b/c\d.md", "a/b/c/d.md")]
    [InlineData("already/normal.md", "already/normal.md")]
    [InlineData(@"\\server\share\x.md", "//server/share/x.md")]
    [InlineData("", "")]
    public void Create_normalises_backslashes_in_both_paths(string raw, string expected)
    {
        var doc = Document.Create(raw, raw, "");

        Assert.Equal(expected, doc.Source);
        Assert.Equal(expected, doc.Destination);
    }

    [Fact]
    public void WithDestination_normalises_backslashes()
    {
        var doc = Document.Create("a.md", null, "").WithDestination(@"lessons\first\index.html");

        Assert.Equal("lessons/first/index.html", doc.Destination);
    }

    [Fact]
    public void Null_paths_stay_null()
    {
        var doc = Document.Create(null, null, "x").WithDestination(null);

        Assert.Null(doc.Source);
        Assert.Null(doc.Destination);
    }

    [Fact]
    public void ToString_prefers_source_then_destination_then_a_placeholder()
    {
        Assert.Equal("a/b.md", Document.Create(@"a\b.md", "b.html", "").ToString());
        Assert.Equal("feed.xml", Document.Create(null, "feed.xml", "").ToString());
        Assert.Equal("(документ без пути)", Document.Create(null, null, "").ToString());
    }
}
