using System.Net;
using Mentoring.Publish.Preview;
using Mentoring.Publish.Tests.Support;
using Mentoring.Site.Tests.Support;

namespace Mentoring.Publish.Tests.Preview;

/// <summary>
/// The live-reload path end to end: the preview server in-process on a free port, the event stream read with
/// HttpClient as a browser's EventSource would, files changed on disk as an editor would.
/// </summary>
public sealed class LiveReloadTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_saved_page_reloads_a_broken_one_reports_its_errors_and_a_fix_recovers()
    {
        using var site = SampleSite.Create();
        var builds = new List<PreviewBuild>();
        await using var server = await PreviewServer.StartAsync(Options(site, b => { lock (builds) { builds.Add(b); } }));
        using var http = new HttpClient { BaseAddress = server.Address };

        Assert.Equal("/nastavnichestvo/", server.BasePath);
        Assert.Equal($"http://127.0.0.1:{server.Port}/nastavnichestvo/", server.Address.ToString());
        var history = await http.GetStringAsync("o-shkole/istoriya/");
        Assert.Contains("Школа открыта в", history, StringComparison.Ordinal);
        Assert.Contains(LiveReload.Marker, history, StringComparison.Ordinal);

        await using var events = await EventStream.OpenAsync(new Uri(server.Address, LiveReload.EventsPath));
        var hello = await events.WaitForAsync(LiveReload.HelloEvent, Patience);

        // A save of a page whose source name is Cyrillic: a reload event, then the new text is served.
        site.Write("content/о-школе/история.md", "---\ntitle: История\nupdated: 2024-05-01\n---\n\nШкола открыта в 1976 году.\n");
        var reload = await events.WaitForAsync(LiveReload.ReloadEvent, Patience);
        Assert.NotEqual(hello, reload);
        Assert.Contains("1976", await http.GetStringAsync("o-shkole/istoriya/"), StringComparison.Ordinal);

        // A broken file: the error event names the file and line; the last good site stays served.
        site.Write("content/index.md", "---\ntitle: [Главная\n---\n\nСломано.\n");
        var error = await events.WaitForAsync(LiveReload.ErrorEvent, Patience);
        Assert.Contains("\"file\":\"content/index.md\"", error, StringComparison.Ordinal);
        Assert.Matches("\"line\":[1-9]", error);
        Assert.Contains("MNT02", error, StringComparison.Ordinal);
        Assert.Contains("\\u0421\\u0430\\u0439\\u0442 \\u043D\\u0435 \\u0441\\u043E\\u0431\\u0440\\u0430\\u043D", error, StringComparison.Ordinal); // «Сайт не собран»
        var home = await http.GetStringAsync(string.Empty);
        Assert.Contains("Добро пожаловать.", home, StringComparison.Ordinal);
        Assert.Contains("1976", await http.GetStringAsync("o-shkole/istoriya/"), StringComparison.Ordinal);

        // A tab opened while the site is broken learns about the errors at once.
        await using (var late = await EventStream.OpenAsync(new Uri(server.Address, LiveReload.EventsPath)))
        {
            await late.WaitForAsync(LiveReload.HelloEvent, Patience);
            Assert.Equal(error, await late.WaitForAsync(LiveReload.ErrorEvent, Patience));
        }

        // The fix: a reload, the new page, and the errors are gone for new tabs.
        site.Write("content/index.md", "---\ntitle: Главная\nnav_order: 1\n---\n\nСнова работает.\n");
        await events.WaitForAsync(LiveReload.ReloadEvent, Patience);
        Assert.Contains("Снова работает.", await http.GetStringAsync(string.Empty), StringComparison.Ordinal);
        await using (var fresh = await EventStream.OpenAsync(new Uri(server.Address, LiveReload.EventsPath)))
        {
            Assert.Equal(LiveReload.HelloEvent, (await fresh.NextAsync(Patience)).Name);
            await Assert.ThrowsAnyAsync<Exception>(() => fresh.NextAsync(TimeSpan.FromMilliseconds(500)));
        }

        // The preview never builds into the site's own output/.
        Assert.False(Directory.Exists(site.Output));
        lock (builds)
        {
            Assert.True(builds[0].Initial && builds[0].Succeeded);
            Assert.Contains(builds, b => !b.Succeeded && b.Problems!.Errors.Any(d => d.Path == "content/index.md"));
            Assert.Contains(builds, b => b.Changes.Contains("content/о-школе/история.md"));
        }
    }

    [Fact]
    public async Task The_root_redirects_to_the_base_path_and_missing_pages_get_the_sites_404()
    {
        using var site = SampleSite.Create();
        await using var server = await PreviewServer.StartAsync(Options(site));
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{server.Port}/") };

        using var root = await http.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/nastavnichestvo/", root.Headers.Location?.OriginalString);

        using var folder = await http.GetAsync("/nastavnichestvo/programma");
        Assert.True(folder.StatusCode is HttpStatusCode.Moved or HttpStatusCode.MovedPermanently or HttpStatusCode.Redirect, folder.StatusCode.ToString());

        using var page = await http.GetAsync("/nastavnichestvo/programma/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("no-store", page.Headers.CacheControl?.ToString());
        Assert.Contains("Программа наставничества", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var css = await http.GetAsync("/nastavnichestvo/assets/css/site.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);

        using var missing = await http.GetAsync("/nastavnichestvo/net-takoy/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("главную", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var outside = await http.GetAsync("/drugoe/");
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Contains("/nastavnichestvo/", await outside.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_base_url_the_site_is_served_at_the_root()
    {
        using var site = SampleSite.Create();
        site.Write("content/site.yml", TestSite.SiteYml.Replace("base_url: https://school.example/nastavnichestvo/\n", string.Empty, StringComparison.Ordinal));
        await using var server = await PreviewServer.StartAsync(Options(site));
        using var http = new HttpClient { BaseAddress = server.Address };

        Assert.Equal("/", server.BasePath);
        Assert.Contains("Добро пожаловать.", await http.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_site_broken_from_the_start_still_serves_its_errors_and_comes_up_when_fixed()
    {
        using var site = SampleSite.Create();
        site.Write("content/programma.md", "---\ntitle: Программа\n---\n\n[Ссылка](net-takogo.md)\n");
        await using var server = await PreviewServer.StartAsync(Options(site));
        using var http = new HttpClient { BaseAddress = server.Address };

        using var broken = await http.GetAsync(string.Empty);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, broken.StatusCode);
        var page = await broken.Content.ReadAsStringAsync();
        Assert.Contains("content/programma.md, строка 5", page, StringComparison.Ordinal);
        Assert.Contains("MNT0320", page, StringComparison.Ordinal);
        Assert.Contains(LiveReload.Marker, page, StringComparison.Ordinal);

        await using var events = await EventStream.OpenAsync(new Uri(server.Address, LiveReload.EventsPath));
        await events.WaitForAsync(LiveReload.ErrorEvent, Patience);
        site.Write("content/programma.md", "---\ntitle: Программа\n---\n\nИсправлено.\n");
        await events.WaitForAsync(LiveReload.ReloadEvent, Patience);
        Assert.Contains("Исправлено.", await http.GetStringAsync("programma/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_taken_port_moves_the_server_to_the_next_free_one()
    {
        using var site = SampleSite.Create();
        using var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        await using var server = await PreviewServer.StartAsync(Options(site) with { Port = port, PortAttempts = 20 });

        Assert.NotEqual(port, server.Port);
        Assert.InRange(server.Port, port + 1, port + 19);
        using var http = new HttpClient { BaseAddress = server.Address };
        Assert.Contains("Добро пожаловать.", await http.GetStringAsync(string.Empty), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stopping_the_server_ends_open_event_streams_and_removes_the_work_folder()
    {
        using var site = SampleSite.Create();
        var server = await PreviewServer.StartAsync(Options(site));
        var work = server.WorkFolder;
        Assert.True(Directory.Exists(work));
        var events = await EventStream.OpenAsync(new Uri(server.Address, LiveReload.EventsPath));
        await events.WaitForAsync(LiveReload.HelloEvent, Patience);

        var stopping = server.DisposeAsync().AsTask();
        Assert.Same(stopping, await Task.WhenAny(stopping, Task.Delay(TimeSpan.FromSeconds(10))));
        await events.DisposeAsync();
        Assert.False(Directory.Exists(work));
    }

    internal static PreviewOptions Options(TestSite site, Action<PreviewBuild>? built = null) => new()
    {
        Build = site.Settings(),
        Port = 0,
        DisplayPath = Cli.ConsoleReport.DisplayPath,
        Built = built,
    };
}
