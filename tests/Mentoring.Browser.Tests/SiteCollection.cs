namespace Mentoring.Browser.Tests;

/// <summary>All browser tests share one build, one server and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "site";
}
