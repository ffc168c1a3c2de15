using System.Net;
using System.Net.Sockets;
using Mentoring.Site.Build;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Mentoring.Browser.Tests;

/// <summary>
/// Builds the repository's real site once, serves output/ on 127.0.0.1 at the root and under
/// <see cref="SubfolderPrefix"/>, and starts Debian's Chromium through Playwright.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    public const string SubfolderPrefix = "/school/nastavnichestvo/";
    public const string ChromiumPath = "/usr/bin/chromium";

    private WebApplication? _server;
    private IPlaywright? _playwright;

    public string Output { get; } = Path.Combine(Path.GetTempPath(), "mentoring-browser-" + Guid.NewGuid().ToString("N"));

    public string RepositoryRoot { get; } = FindRoot();

    public string BaseUrl { get; private set; } = string.Empty;

    public IBrowser Browser { get; private set; } = null!;

    public BuildReport Report { get; private set; } = null!;

    /// <summary>Output paths of every HTML page ("index.html", "programma/index.html"…), ordinal order.</summary>
    public IReadOnlyList<string> Pages { get; private set; } = [];

    public static string ArtifactsFolder(string root) => Path.Combine(root, "tests", "artifacts");

    public async Task InitializeAsync()
    {
        Report = await SiteBuilder.RunAsync(new BuildSettings
        {
            SiteRoot = RepositoryRoot,
            OutputPath = Output,
            ReferenceDate = new DateOnly(2025, 9, 1),
        }, BuildMode.Build);
        if (!Report.Succeeded)
        {
            throw new InvalidOperationException("The repository's site does not build:\n" + string.Join("\n", Report.Diagnostics));
        }

        Pages = [.. Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/";
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(BaseUrl);
        builder.Logging.ClearProviders();
        _server = builder.Build();
        var types = new FileExtensionContentTypeProvider();
        _server.Run(context => Serve(context, types));
        await _server.StartAsync();

        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium не найден ({ChromiumPath}). Установите его: apt-get install -y chromium (./test.sh делает это сам).");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.StopAsync();
            await _server.DisposeAsync();
        }

        try
        {
            Directory.Delete(Output, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>
    /// A new page (in its own browser context) whose every request to another origin is blocked and recorded.
    /// <paramref name="a11y"/>, when given, is what the panel keeps in localStorage["mentoring.a11y"]
    /// (for example <c>{"scheme":"wb"}</c>): it is put there before every navigation, as if the reader had
    /// chosen it earlier, so the page opens in that look.
    /// </summary>
    public async Task<(IPage Page, List<string> ForeignRequests, List<string> ConsoleErrors)> NewPageAsync(int width = 1280, int height = 900, string? a11y = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "ru-RU",
        });
        if (a11y is not null)
        {
            await context.AddInitScriptAsync(
                "try { localStorage.setItem('mentoring.a11y', " + System.Text.Json.JsonSerializer.Serialize(a11y) + "); } catch (e) { }");
        }

        var page = await context.NewPageAsync();
        var foreign = new List<string>();
        var errors = new List<string>();
        await page.RouteAsync("**/*", async route =>
        {
            var url = route.Request.Url;
            if (url.StartsWith(BaseUrl, StringComparison.Ordinal) || url.StartsWith("file://", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                lock (foreign)
                {
                    foreign.Add(url);
                }

                await route.AbortAsync();
            }
        });
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (errors)
                {
                    errors.Add(message.Text);
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (errors)
            {
                errors.Add(error);
            }
        };
        return (page, foreign, errors);
    }

    private async Task Serve(HttpContext context, FileExtensionContentTypeProvider types)
    {
        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/");
        if (path.StartsWith(SubfolderPrefix, StringComparison.Ordinal))
        {
            path = "/" + path[SubfolderPrefix.Length..];
        }

        var relative = path.TrimStart('/');
        var full = Path.GetFullPath(Path.Combine(Output, relative));
        if (!full.StartsWith(Output, StringComparison.Ordinal))
        {
            context.Response.StatusCode = 400;
            return;
        }

        if (Directory.Exists(full))
        {
            full = Path.Combine(full, "index.html");
        }

        if (!File.Exists(full))
        {
            context.Response.StatusCode = 404;
            var notFound = Path.Combine(Output, "404.html");
            if (File.Exists(notFound))
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.SendFileAsync(notFound);
            }

            return;
        }

        context.Response.ContentType = types.TryGetContentType(full, out var type)
            ? (type.StartsWith("text/", StringComparison.Ordinal) || type.Contains("javascript", StringComparison.Ordinal) || type.Contains("json", StringComparison.Ordinal) || type.Contains("xml", StringComparison.Ordinal) ? type + "; charset=utf-8" : type)
            : "application/octet-stream";
        await context.Response.SendFileAsync(full);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Mentoring.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Mentoring.sln not found.");
    }
}
