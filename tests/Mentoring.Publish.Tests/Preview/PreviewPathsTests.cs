using Mentoring.Publish.Preview;

namespace Mentoring.Publish.Tests.Preview;

public sealed class PreviewPathsTests
{
    [Theory]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("https://school.example/", "/")]
    [InlineData("https://school.example", "/")]
    [InlineData("https://school.example/nastavnichestvo/", "/nastavnichestvo/")]
    [InlineData("https://school.example/nastavnichestvo", "/nastavnichestvo/")]
    [InlineData("http://school.example/sveden/../nastavnichestvo/", "/nastavnichestvo/")]
    [InlineData("https://school.example/a/b/", "/a/b/")]
    [InlineData("/nastavnichestvo", "/nastavnichestvo/")]
    public void Base_path_comes_from_base_url(string? baseUrl, string expected) =>
        Assert.Equal(expected, PreviewPaths.BasePathOf(baseUrl));

    [Fact]
    public void Windows_paths_with_Cyrillic_names_become_site_paths()
    {
        Assert.Equal("content/о-школе/история.md",
            PreviewPaths.ToSiteRelative(@"C:\Users\Куратор\Сайт", @"C:\Users\Куратор\Сайт\content\о-школе\история.md", '\\', ignoreCase: true));
        Assert.Equal("content/index.md",
            PreviewPaths.ToSiteRelative(@"C:\Users\Куратор\Сайт\", @"c:\users\куратор\сайт\content\index.md", '\\', ignoreCase: true));
        Assert.Null(PreviewPaths.ToSiteRelative(@"C:\Сайт", @"C:\Сайт-2\content\index.md", '\\', ignoreCase: true));
    }

    [Fact]
    public void Unix_paths_keep_case()
    {
        Assert.Equal("content/о-школе/история.md", PreviewPaths.ToSiteRelative("/home/k/сайт", "/home/k/сайт/content/о-школе/история.md", '/', ignoreCase: false));
        Assert.Null(PreviewPaths.ToSiteRelative("/home/k/Сайт", "/home/k/сайт/content/index.md", '/', ignoreCase: false));
    }
}
