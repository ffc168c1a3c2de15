using System.ServiceModel.Syndication;
using System.Xml;
using Mentoring.Site.Configuration;
using Mentoring.Site.Library;

namespace Mentoring.Site.Tests.Library;

/// <summary>The Atom feed, read back by a real Atom parser (System.ServiceModel.Syndication).</summary>
public sealed class AtomFeedTests
{
    private static SiteConfig Config => LibraryData.Repository.Config;

    private static SyndicationFeed Parse(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml));
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader));
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }

    private static PracticeCatalog Sixty() =>
        Practices.Catalog([.. Enumerable.Range(0, 60).Select(i => Practices.Make($"p{i:00}", new DateOnly(2020, 1, 1).AddDays(i * 10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            tags: ["физика"], title: "Практика " + i))]);

    [Fact]
    public void With_a_base_url_ids_and_links_are_absolute()
    {
        var xml = AtomFeed.Write(Sixty(), Config, "https://school.example/nastavnichestvo/", new DateOnly(2030, 1, 1));
        var feed = Parse(xml);
        Assert.Equal("https://school.example/nastavnichestvo/kopilka/", feed.Id);
        Assert.Equal(AtomFeed.EntryCount, feed.Items.Count());
        var newest = feed.Items.First();
        Assert.Equal("Практика 59", newest.Title.Text);
        Assert.Equal("https://school.example/nastavnichestvo/kopilka/p59/", newest.Id);
        Assert.Equal(new Uri("https://school.example/nastavnichestvo/kopilka/p59/"), newest.Links.Single().Uri);
        Assert.Equal("Описание p59", ((TextSyndicationContent)newest.Summary).Text);
        Assert.Contains(newest.Categories, c => c.Name == "teg/fizika" && c.Label == "физика");
        Assert.Contains(feed.Links, l => l.RelationshipType == "self" && l.Uri == new Uri("https://school.example/nastavnichestvo/kopilka/feed.xml"));
        Assert.Equal(new DateTimeOffset(2021, 8, 13, 0, 0, 0, TimeSpan.Zero), feed.LastUpdatedTime);
        Assert.Equal(Config.School.ShortName, feed.Authors.Single().Name);
    }

    [Fact]
    public void Without_a_base_url_the_feed_is_still_valid_with_tag_ids_and_relative_links()
    {
        var xml = AtomFeed.Write(Sixty(), Config, null, new DateOnly(2030, 1, 1));
        var feed = Parse(xml);
        Assert.StartsWith("tag:school@example.org,2020-01-01:kopilka", feed.Id, StringComparison.Ordinal);
        var newest = feed.Items.First();
        Assert.Equal("tag:school@example.org,2021-08-13:kopilka/p59", newest.Id);
        Assert.Equal("p59/index.html", newest.Links.Single().Uri.OriginalString);
        Assert.False(newest.Links.Single().Uri.IsAbsoluteUri);
        Assert.True(Uri.IsWellFormedUriString(newest.Id, UriKind.Absolute));
    }

    [Fact]
    public void Updated_comes_from_the_newest_practice_and_never_from_the_clock()
    {
        var updated = Practices.Make("old", "2020-01-01") is var p ? new Practice
        {
            Source = p.Source, Slug = p.Slug, Title = p.Title, Date = p.Date, Updated = new DateOnly(2024, 2, 3),
            Form = p.Form, Model = p.Model, Kind = p.Kind, Summary = p.Summary,
        } : null!;
        var catalog = Practices.Catalog(updated, Practices.Make("new", "2023-05-05"));
        var a = AtomFeed.Write(catalog, Config, null, new DateOnly(2030, 1, 1));
        var b = AtomFeed.Write(catalog, Config, null, new DateOnly(2031, 1, 1));
        Assert.Equal(a, b);
        Assert.Equal(new DateTimeOffset(2024, 2, 3, 0, 0, 0, TimeSpan.Zero), Parse(a).LastUpdatedTime);
        Assert.Equal(new DateTimeOffset(2024, 2, 3, 0, 0, 0, TimeSpan.Zero), Parse(a).Items.Single(i => i.Title.Text == "Практика old").LastUpdatedTime);
    }

    [Fact]
    public void An_empty_library_still_gives_a_valid_feed()
    {
        var feed = Parse(AtomFeed.Write(Practices.Catalog(), Config, null, new DateOnly(2030, 1, 1)));
        Assert.Empty(feed.Items);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero), feed.LastUpdatedTime);
    }
}
