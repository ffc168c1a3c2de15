using Microsoft.Playwright;

namespace Mentoring.Browser.Tests;

/// <summary>The same output/ works in a subfolder of a host and opened from disk: every link of every page leads somewhere real.</summary>
[Collection(SiteCollection.Name)]
[Trait("Category", "Browser")]
public sealed class PortabilityTests(SiteFixture site)
{
    [Fact]
    public async Task Every_link_works_under_a_subfolder()
    {
        var (page, _, _) = await site.NewPageAsync();
        var broken = new List<string>();
        var root = site.BaseUrl.TrimEnd('/') + SiteFixture.SubfolderPrefix;
        foreach (var path in site.Pages)
        {
            await page.GotoAsync(root + path);
            foreach (var href in await Links(page))
            {
                if (!href.StartsWith(root, StringComparison.Ordinal))
                {
                    broken.Add($"{path}: «{href}» leaves the subfolder");
                    continue;
                }

                var response = await page.APIRequest.GetAsync(href);
                if (response.Status != 200)
                {
                    broken.Add($"{path}: «{href}» → {response.Status}");
                }
            }
        }

        Assert.True(broken.Count == 0, string.Join("\n", broken.Distinct()));
    }

    [Fact]
    public async Task Every_link_works_from_disk()
    {
        var (page, _, _) = await site.NewPageAsync();
        var broken = new List<string>();
        foreach (var path in site.Pages)
        {
            await page.GotoAsync(new Uri(Path.Combine(site.Output, path)).AbsoluteUri);
            foreach (var href in await Links(page))
            {
                var uri = new Uri(href);
                if (uri.Scheme != "file")
                {
                    broken.Add($"{path}: «{href}» is not a file link");
                }
                else if (!File.Exists(uri.LocalPath))
                {
                    broken.Add($"{path}: «{href}» → no such file (a folder link does not open from disk)");
                }
            }
        }

        Assert.True(broken.Count == 0, string.Join("\n", broken.Distinct()));
    }

    /// <summary>Resolved URLs of internal links and resources (not mailto:, tel:, http links to other hosts).</summary>
    private static async Task<IReadOnlyList<string>> Links(IPage page) =>
        await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('a[href], link[href], script[src], img[src]')]" +
            ".map(e => (e.href || e.src).split('#')[0].split('?')[0])" +
            ".filter(u => u.startsWith(location.origin) || u.startsWith('file:'))");
}
