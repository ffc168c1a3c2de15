using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Threading.Channels;
using Mentoring.Engine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Mentoring.Publish.Preview;

/// <summary>
/// The curator's live preview. Steps: build into a temporary folder; serve it with Kestrel on 127.0.0.1 under
/// the site's base path; on every batch of saved files rebuild and either swap the new site in and tell the tabs
/// to reload, or keep the last good site and send the errors. Stopping removes the temporary folder.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private const string WorkPrefix = "mentoring-serve-";

    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    private readonly PreviewOptions _options;
    private readonly string _workFolder;
    private readonly ISiteRebuilder _rebuilder;
    private readonly SiteChangeWatcher _watcher;
    private readonly GenerationFileProvider _files = new();
    private readonly CancellationTokenSource _stopping = new();
    private WebApplication? _app;
    private Task _loop = Task.CompletedTask;
    private volatile BuildProblems? _problems;

    private PreviewServer(PreviewOptions options, string basePath, string workFolder)
    {
        _options = options;
        BasePath = basePath;
        _workFolder = workFolder;
        _rebuilder = options.CreateRebuilder?.Invoke(options.Build, workFolder) ?? new FullSiteRebuilder(options.Build, workFolder);
        // Watching starts before the first build, so a file saved during it is not missed.
        _watcher = new SiteChangeWatcher(options.Build.SiteRoot, options.Debounce, options.MaxDelay);
    }

    /// <summary>The base path from base_url, with slashes at both ends (<c>/nastavnichestvo/</c>, or <c>/</c>).</summary>
    public string BasePath { get; }

    public int Port { get; private set; }

    /// <summary>The address to open: <c>http://127.0.0.1:8080/nastavnichestvo/</c>.</summary>
    public Uri Address => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{Port}{BasePath}"));

    public LiveReloadHub Hub { get; } = new();

    /// <summary>The temporary folder with the preview builds (never the repository's output/).</summary>
    public string WorkFolder => _workFolder;

    /// <summary>Builds the site, starts the server and the watcher. A broken site still starts: it shows its errors.</summary>
    public static async Task<PreviewServer> StartAsync(PreviewOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var baseUrl = options.Build.BaseUrl ?? SiteConfigFile.Read(options.Build.SiteRoot, new DiagnosticBag())?.BaseUrl;
        var parent = options.WorkParent ?? Path.GetTempPath();
        _ = Task.Run(() => DeleteStaleWorkFolders(parent), CancellationToken.None);
        var work = Path.Combine(parent, WorkPrefix + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..12]);
        var server = new PreviewServer(options, PreviewPaths.BasePathOf(baseUrl), work);
        try
        {
            await server.BuildAsync([], cancellationToken);
            await server.ListenAsync(cancellationToken);
            server._loop = Task.Run(() => server.WatchAsync(server._stopping.Token), CancellationToken.None);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        Hub.Complete();
        _watcher.Dispose();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }

        if (_app is not null)
        {
            await _app.StopAsync(CancellationToken.None);
            await _app.DisposeAsync();
        }

        _files.Dispose();
        _rebuilder.Dispose();
        try
        {
            Directory.Delete(_workFolder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        _stopping.Dispose();
    }

    /// <summary>
    /// Work folders of previews that did not stop cleanly (killed, or cut short while deleting a large site):
    /// the process id in the name tells whether their owner is still running.
    /// </summary>
    internal static void DeleteStaleWorkFolders(string parent)
    {
        try
        {
            foreach (var folder in Directory.EnumerateDirectories(parent, WorkPrefix + "*"))
            {
                var rest = Path.GetFileName(folder)[WorkPrefix.Length..];
                var dash = rest.IndexOf('-', StringComparison.Ordinal);
                if (dash <= 0 || !int.TryParse(rest.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var owner) || IsRunning(owner))
                {
                    continue;
                }

                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: the system cleans its temporary folder too.
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private async Task WatchAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            IReadOnlyList<string> changes;
            try
            {
                changes = await _watcher.NextBatchAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ChannelClosedException)
            {
                return;
            }

            _options.Rebuilding?.Invoke(changes);
            await BuildAsync(changes, cancellationToken);
        }
    }

    /// <summary>One build; its outcome is served and announced. Only this method changes what is served.</summary>
    private async Task BuildAsync(IReadOnlyList<string> changes, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        SiteGeneration? generation = null;
        BuildProblems? problems;
        try
        {
            generation = await _rebuilder.RebuildAsync(changes, cancellationToken);
            problems = generation.Succeeded ? null : BuildProblems.From(generation.Report, _options.DisplayPath);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The generator itself failed (a locked file, a full disk, a bug): the last good site stays served,
            // the error is shown, and the next save tries again — the preview must outlive any one build.
            problems = BuildProblems.FromException(ex);
        }

        if (problems is null)
        {
            _files.Swap(generation!.Folder!);
            _problems = null;
            Hub.PublishReload();
        }
        else
        {
            _problems = problems;
            Hub.PublishProblems(problems);
        }

        _options.Built?.Invoke(new PreviewBuild(changes, generation, problems, watch.Elapsed));
    }

    private async Task ListenAsync(CancellationToken cancellationToken)
    {
        var attempts = _options.Port == 0 ? 1 : Math.Max(1, _options.PortAttempts);
        for (var i = 0; i < attempts; i++)
        {
            var port = _options.Port == 0 ? 0 : _options.Port + i;
            var app = CreateApp(port);
            try
            {
                await app.StartAsync(cancellationToken);
                _app = app;
                Port = ActualPort(app) ?? port;
                return;
            }
            catch (IOException) when (i + 1 < attempts)
            {
                await app.DisposeAsync();
            }
            catch
            {
                await app.DisposeAsync();
                throw;
            }
        }
    }

    private static int? ActualPort(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var first = addresses?.FirstOrDefault();
        return first is not null && Uri.TryCreate(first, UriKind.Absolute, out var uri) ? uri.Port : null;
    }

    private WebApplication CreateApp(int port)
    {
        // Kestrel from the shared framework, nothing else: no configuration files, no console logging.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = _workFolder });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        builder.Services.AddLogging();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            // The preview must always show the latest build.
            context.Response.Headers.CacheControl = "no-store";
            await next(context);
        });
        app.Map(LiveReload.EventsPath, events => events.Run(ServeEventsAsync));
        if (BasePath == "/")
        {
            ConfigureSite(app);
        }
        else
        {
            app.Map(PathString.FromUriComponent(BasePath.TrimEnd('/')), ConfigureSite);
            app.Run(ServeOutsideBaseAsync);
        }

        return app;
    }

    private void ConfigureSite(IApplicationBuilder site)
    {
        site.Use(async (context, next) =>
        {
            if (!_files.HasSite)
            {
                var page = (_problems ?? BuildProblems.FromException(new InvalidOperationException("нет собранного сайта"))).ToHtmlPage();
                await WriteAsync(context, 503, "text/html; charset=utf-8", page);
                return;
            }

            await next(context);
        });
        site.UseDefaultFiles(new DefaultFilesOptions { FileProvider = _files });
        site.UseStaticFiles(new StaticFileOptions { FileProvider = _files, ServeUnknownFileTypes = true });
        site.Run(async context =>
        {
            var notFound = _files.GetFileInfo("/404.html");
            if (notFound.Exists && notFound.PhysicalPath is { } path)
            {
                await WriteAsync(context, 404, "text/html; charset=utf-8", await File.ReadAllTextAsync(path, context.RequestAborted));
                return;
            }

            await WriteAsync(context, 404, "text/plain; charset=utf-8", "Страница не найдена.");
        });
    }

    private Task ServeOutsideBaseAsync(HttpContext context)
    {
        if (context.Request.Path == "/")
        {
            context.Response.Redirect(BasePath);
            return Task.CompletedTask;
        }

        var link = WebUtility.HtmlEncode(BasePath);
        return WriteAsync(context, 404, "text/html; charset=utf-8",
            $"<!DOCTYPE html>\n<html lang=\"ru\"><head><meta charset=\"utf-8\"><title>Не найдено</title></head><body>\n<p>Раздел открывается по адресу <a href=\"{link}\">{link}</a> — как на сайте школы (base_url в content/site.yml).</p>\n</body></html>\n");
    }

    /// <summary>Server-sent events: <c>hello</c> at once, then <c>reload</c> and <c>build-error</c>; a comment every 15 s keeps proxies from closing it.</summary>
    private async Task ServeEventsAsync(HttpContext context)
    {
        var aborted = context.RequestAborted;
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        context.Response.ContentType = "text/event-stream; charset=utf-8";
        var reader = Hub.Subscribe();
        try
        {
            await context.Response.WriteAsync("retry: 1000\n\n", aborted);
            while (true)
            {
                while (reader.TryRead(out var e))
                {
                    await context.Response.WriteAsync(e.ToWire(), aborted);
                }

                await context.Response.Body.FlushAsync(aborted);
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(aborted);
                wait.CancelAfter(Heartbeat);
                try
                {
                    if (!await reader.WaitToReadAsync(wait.Token))
                    {
                        return;
                    }
                }
                catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
                {
                    await context.Response.WriteAsync(": ping\n\n", aborted);
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // The tab was closed or reloaded.
        }
        finally
        {
            Hub.Unsubscribe(reader);
        }
    }

    private static async Task WriteAsync(HttpContext context, int status, string contentType, string text)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), context.RequestAborted);
    }
}
