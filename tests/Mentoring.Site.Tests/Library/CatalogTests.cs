using Mentoring.Site.Library;
using Mentoring.Site.Library.Views;

namespace Mentoring.Site.Tests.Library;

/// <summary>The catalog's order and facets, the pagination and the related practices, on in-memory practices.</summary>
public sealed class CatalogTests
{
    [Fact]
    public void Practices_are_newest_first_and_equal_dates_keep_a_stable_order()
    {
        var catalog = Practices.Catalog(
            Practices.Make("b", "2023-01-01"),
            Practices.Make("c", "2024-05-05"),
            Practices.Make("a", "2023-01-01"));
        Assert.Equal(["c", "a", "b"], catalog.Practices.Select(p => p.Slug));
        Assert.Equal(["c", "a", "b"], catalog.Cards.Select(c => c.Slug));
    }

    [Fact]
    public void Facets_count_forms_models_kinds_years_and_tags()
    {
        var catalog = Practices.Catalog(
            Practices.Make("a", "2023-01-01", "ravnyy-ravnomu", "proekt", ["Физика", "олимпиада"]),
            Practices.Make("b", "2023-02-01", "lider-passivnyy", "proekt", ["физика"]),
            Practices.Make("c", "2024-05-05", "opytnyy-pedagog-molodoy-spetsialist", "publikatsiya", ["адаптация"]));
        Assert.Equal([2, 1], catalog.Forms.Select(f => f.Count));
        Assert.Equal(["uchenik-uchenik", "pedagog-pedagog"], catalog.Forms.Select(f => f.Id));
        Assert.Equal(1, catalog.Models.Single(m => m.Id == "ravnyy-ravnomu").Count);
        Assert.Null(catalog.Models.Single(m => m.Id == "uspevayushchiy-neuspevayushchiy").Url);
        Assert.Equal(2, catalog.Kinds.Single(k => k.Id == "proekt").Count);
        Assert.Equal(["2024", "2023"], catalog.Years.Select(y => y.Id));
        Assert.Equal(["adaptatsiya", "olimpiada", "fizika"], catalog.Tags.Select(t => t.Id));
        var physics = catalog.Tags.Single(t => t.Id == "fizika");
        Assert.Equal(2, physics.Count);
        Assert.Equal("kopilka/teg/fizika/index.html", physics.Url);
        Assert.Equal("Практики с тегом «Физика»", physics.Heading);
    }

    [Fact]
    public void The_facets_of_a_subset_count_only_that_subset_and_leave_out_its_own_dimension()
    {
        var catalog = Practices.Catalog(
            Practices.Make("a", "2023-01-01", "ravnyy-ravnomu", "proekt", ["физика"]),
            Practices.Make("b", "2023-02-01", "lider-passivnyy", "publikatsiya", ["физика"]),
            Practices.Make("c", "2024-05-05", "opytnyy-pedagog-molodoy-spetsialist", "proekt", ["адаптация"]));
        var pupils = catalog.Forms.Single(f => f.Id == "uchenik-uchenik");
        var groups = catalog.FacetsOf(pupils.Members, LibraryUrls.FormDimension, pupils);
        Assert.Equal(["model", "vid", "god", "teg"], groups.Select(g => g.Dimension));
        Assert.Equal([("publikatsiya", 1), ("proekt", 1)], groups.Single(g => g.Dimension == "vid").Items.Select(i => (i.Id, i.Count)).ToArray());
        Assert.Equal([("fizika", 2)], groups.Single(g => g.Dimension == "teg").Items.Select(i => (i.Id, i.Count)).ToArray());
    }

    [Theory]
    [InlineData(1, 1, "[1]")]
    [InlineData(1, 3, "[1] 2 3")]
    [InlineData(5, 9, "1 2 3 4 [5] 6 7 8 9")]
    [InlineData(10, 20, "1 … 8 9 [10] 11 12 … 20")]
    [InlineData(4, 9, "1 2 3 [4] 5 6 … 9")]
    [InlineData(1, 500, "[1] 2 3 … 500")]
    [InlineData(500, 500, "1 … 498 499 [500]")]
    public void Pagination_shows_neighbours_ends_and_gaps(int page, int count, string expected)
    {
        var pager = Pager.Create("kopilka/", page, count);
        var shown = string.Join(' ', pager.Items.Select(i => i.Gap ? "…" : i.Current ? $"[{i.Number}]" : i.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(expected, shown);
        Assert.Equal(page > 1 ? (page == 2 ? "kopilka/index.html" : $"kopilka/page/{page - 1}/index.html") : null, pager.PrevUrl);
        Assert.Equal(page < count ? $"kopilka/page/{page + 1}/index.html" : null, pager.NextUrl);
    }

    [Fact]
    public void Related_practices_share_the_model_and_tags_best_first()
    {
        var self = Practices.Make("self", "2024-01-10", "ravnyy-ravnomu", "proekt", ["физика", "олимпиада"]);
        var catalog = Practices.Catalog(
            self,
            Practices.Make("model-and-two-tags", "2020-01-01", "ravnyy-ravnomu", "publikatsiya", ["физика", "олимпиада"]),
            Practices.Make("model-only", "2024-01-13", "ravnyy-ravnomu", "publikatsiya"),
            Practices.Make("one-tag-same-kind", "2024-01-09", "opytnyy-pedagog-molodoy-spetsialist", "proekt", ["физика"]),
            Practices.Make("one-tag", "2024-01-12", "lider-passivnyy", "publikatsiya", ["олимпиада"]),
            Practices.Make("nothing-shared", "2024-01-10", "pedagog-novator-konservativnyy-pedagog", "proekt", ["чтение"]),
            Practices.Make("far-one-tag", "2019-01-01", "lider-passivnyy", "publikatsiya", ["физика"]));
        var related = RelatedPractices.Compute(catalog);
        var mine = Practices.Slugs(catalog, related[catalog.IndexBySlug["self"]]);
        // 3 + 2 + 2 = 7; then 2 + 1 = 3 (one day away) before 3 (three days away); then 2 and 2, the nearer first.
        Assert.Equal(["model-and-two-tags", "one-tag-same-kind", "model-only", "one-tag", "far-one-tag"], mine.ToArray());
        Assert.DoesNotContain("self", mine);
    }

    [Fact]
    public void In_a_large_library_candidates_come_from_the_practices_nearest_in_date()
    {
        // 300 practices of one model and one tag, one per day, newest first; "self" is the newest. Two others
        // also share a second tag: one among the nearest in date, one far beyond the window of every list
        // but the rare tag's — found there, it is scored on all it shares and ranks first.
        var start = new DateOnly(2024, 12, 31);
        var practices = new List<Practice> { Practices.Make("self", "2024-12-31", "ravnyy-ravnomu", "proekt", ["физика", "олимпиада"]) };
        practices.Add(Practices.Make("far-same-kind", "2023-01-01", "ravnyy-ravnomu", "proekt", ["физика"]));
        for (var i = 1; i < 300; i++)
        {
            var date = start.AddDays(-i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            string[] tags = i is 50 or 250 ? ["физика", "олимпиада"] : ["физика"];
            practices.Add(Practices.Make($"p{i:000}", date, "ravnyy-ravnomu", "publikatsiya", tags));
        }

        var catalog = Practices.Catalog([.. practices]);
        var mine = Practices.Slugs(catalog, RelatedPractices.Compute(catalog)[catalog.IndexBySlug["self"]]);

        // p050 and p250: 3 + 2 + 2; then the nearest with 3 + 2. The old practice of the same kind (3 + 2 + 1)
        // lies beyond the window of the model and the common tag, so it is not a candidate.
        Assert.True(RelatedPractices.Window < 250);
        Assert.Equal(["p050", "p250", "p001", "p002", "p003"], mine.ToArray());
    }

    [Fact]
    public void When_few_practices_share_anything_the_newest_of_the_same_form_fill_the_list()
    {
        var catalog = Practices.Catalog(
            Practices.Make("self", "2024-01-10", "ravnyy-ravnomu", "proekt", ["физика"]),
            Practices.Make("same-form-new", "2024-06-01", "lider-passivnyy", "publikatsiya"),
            Practices.Make("same-form-old", "2021-06-01", "uspevayushchiy-neuspevayushchiy", "publikatsiya"),
            Practices.Make("other-form", "2024-07-01", "opytnyy-pedagog-molodoy-spetsialist", "publikatsiya"),
            Practices.Make("shares-tag", "2022-01-01", "opytnyy-pedagog-molodoy-spetsialist", "publikatsiya", ["физика"]));
        var related = RelatedPractices.Compute(catalog);
        Assert.Equal(["shares-tag", "same-form-new", "same-form-old"], Practices.Slugs(catalog, related[catalog.IndexBySlug["self"]]).ToArray());
    }

    [Fact]
    public void Practice_pages_know_the_previous_and_next_practice_by_date()
    {
        var docs = new[] { Practices.Make("b", "2023-01-01"), Practices.Make("c", "2024-05-05"), Practices.Make("a", "2022-01-01") }
            .Select(p => Mentoring.Engine.Document.Create(p.Source, p.Url, string.Empty, [new(LibraryMetadata.Practice, p)]))
            .ToArray();
        var linked = LinkPractices.Link([.. docs], LibraryData.Repository)
            .ToDictionary(d => d.Get<Practice>(LibraryMetadata.Practice)!.Slug, d => d.Get<PracticeView>(Mentoring.Site.Build.MetadataKeys.View)!);
        Assert.Equal("a", linked["b"].Previous?.Slug);
        Assert.Equal("c", linked["b"].Next?.Slug);
        Assert.Null(linked["a"].Previous);
        Assert.Null(linked["c"].Next);
    }
}
