using System.Diagnostics;
using Mentoring.Engine;
using Mentoring.Site.Cache;
using Mentoring.Site.Content;
using Mentoring.Site.Library;
using Mentoring.Site.Markdown;
using Mentoring.Site.Monitoring;
using Mentoring.Site.Output;
using Mentoring.Site.Section;
using Mentoring.Site.Templates;

namespace Mentoring.Site.Build;

/// <summary>
/// Builds a site: takes the lock, lists content, loads the theme, runs the pipelines and swaps the
/// result in. The orchestration reads as the list of steps; each step lives in its own module.
/// </summary>
public static class SiteBuilder
{
    public const string LockedCode = "MNT0520";
    public const string InternalErrorCode = "MNT0900";
    public const string OutputAccessCode = "MNT0503";
    public const string CacheDamagedCode = "MNT0521";

    public static Task<BuildReport> RunAsync(BuildSettings settings, BuildMode mode, CancellationToken cancellationToken = default) =>
        RunAsync(settings, mode, previousCache: null, cancellationToken);

    /// <summary>
    /// Builds with the in-memory cache a previous build handed on (<see cref="BuildReport.NextCache"/>), as the
    /// preview does; <see cref="BuildCache.InMemory"/> starts such a chain.
    /// </summary>
    public static async Task<BuildReport> RunAsync(BuildSettings settings, BuildMode mode, BuildCache? previousCache, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var watch = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var committer = new OutputCommitter(settings.ResolvedOutputPath);
        BuildLock? buildLock = null;
        try
        {
            if (mode == BuildMode.Build)
            {
                buildLock = BuildLock.Acquire(committer.LockPath, TimeSpan.FromMinutes(2), cancellationToken);
                if (buildLock is null)
                {
                    diagnostics.Add(Diagnostic.Error(LockedCode,
                        "Другая сборка этого сайта идёт уже больше двух минут. Дождитесь её окончания или остановите её, затем запустите сборку снова."));
                    return Report(diagnostics, null, watch, committer);
                }

                committer.Recover();
                committer.PrepareStaging();
            }

            return await RunLockedAsync(settings, mode, committer, diagnostics, watch, previousCache, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            committer.Discard();
            diagnostics.Add(Diagnostic.Error(OutputAccessCode,
                $"Нет доступа к папке вывода «{committer.OutputPath}»: {ex.Message}. Проверьте, что папка и её родитель доступны для записи и на диске есть место. Прежняя версия сайта не изменена."));
            return Report(diagnostics, null, watch, committer);
        }
        finally
        {
            buildLock?.Dispose();
        }
    }

    private static async Task<BuildReport> RunLockedAsync(BuildSettings settings, BuildMode mode, OutputCommitter committer, DiagnosticBag diagnostics, Stopwatch watch, BuildCache? previousCache, CancellationToken cancellationToken)
    {
        EngineResult? result = null;
        var cache = BuildCache.Disabled;
        CacheDamagedException? damaged = null;
        try
        {
            var engine = CreateEngine(settings, mode, committer, diagnostics, out cache, previousCache: previousCache);
            if (engine is not null)
            {
                result = await engine.RunAsync(diagnostics, cancellationToken);
            }
        }
        catch (DocumentProcessingException ex) when (ex.InnerException is CacheDamagedException cacheDamage && !settings.Clean)
        {
            // A body's HTML in the cache did not match its checksummed record: nothing of this build is kept, and it
            // is made again from the sources alone (the fresh cache it writes replaces the damaged one).
            damaged = cacheDamage;
            result = null;
        }
        catch (DocumentProcessingException ex)
        {
            diagnostics.Add(Diagnostic.Error(InternalErrorCode,
                $"{ex.Message} Это ошибка генератора, а не содержимого: сообщите о ней разработчикам, приложив этот файл. Причина: {ex.InnerException?.GetType().Name}: {ex.InnerException?.Message}",
                ex.DocumentPath));
        }
        finally
        {
            if (mode == BuildMode.Build)
            {
                if (!diagnostics.HasErrors && result is not null && !cancellationToken.IsCancellationRequested)
                {
                    // Only a build that succeeded teaches the cache: its pages are now the files of output/.
                    committer.Commit(meanwhile: cache.Save);
                }
                else
                {
                    committer.Discard();
                }
            }
        }

        if (damaged is not null)
        {
            var fresh = new DiagnosticBag();
            fresh.Add(Diagnostic.Warning(CacheDamagedCode,
                $"Кэш сборки повреждён (файл «{Path.GetFileName(damaged.FilePath)}»): сайт собран заново без него, кэш записан новый. Если это повторяется, проверьте диск.",
                BuildCache.FolderName));
            if (mode == BuildMode.Build)
            {
                committer.PrepareStaging();
            }

            return await RunLockedAsync(settings with { Clean = true }, mode, committer, fresh, watch, previousCache, cancellationToken);
        }

        var report = Report(diagnostics, result, watch, committer) with { Cache = cache.Statistics };
        return report.Succeeded && mode == BuildMode.Build && cache.Enabled && !cache.Persistent
            ? report with { NextCache = cache.Successor(committer.OutputPath) }
            : report;
    }

    /// <summary>The pipelines of a mentoring site, in Statiq's model, without a build cache. Null when the theme itself is broken.</summary>
    public static Engine.Engine? CreateEngine(BuildSettings settings, BuildMode mode, OutputCommitter committer, DiagnosticBag diagnostics) =>
        CreateEngine(settings, mode, committer, diagnostics, out _, useCache: false);

    /// <summary>The pipelines of a mentoring site, in Statiq's model. Null when the theme itself is broken.</summary>
    public static Engine.Engine? CreateEngine(BuildSettings settings, BuildMode mode, OutputCommitter committer, DiagnosticBag diagnostics, out BuildCache cache, bool useCache = true, BuildCache? previousCache = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(committer);
        ArgumentNullException.ThrowIfNull(diagnostics);
        cache = BuildCache.Disabled;
        settings = Configuration.SiteLimits.Apply(settings);
        var inventory = ContentInventory.Scan(settings.ContentRoot, diagnostics);
        var functions = TemplateFunctions.Create();
        var themeErrors = diagnostics.ErrorCount;
        var theme = Theme.Load([settings.SiteRoot, settings.ThemeRoot], settings.SiteRoot, functions, diagnostics);
        if (diagnostics.ErrorCount > themeErrors)
        {
            // A broken template would make every page fail: report the template alone.
            return null;
        }

        foreach (var required in new[] { "layouts/base.html", "layouts/page.html" })
        {
            if (!theme.Has(required))
            {
                diagnostics.Add(Diagnostic.Error(Theme.MissingLayoutCode,
                    $"В теме «{settings.ThemeName}» нет обязательного шаблона «{required}». Проверьте папку themes/{settings.ThemeName}/.",
                    "themes/" + settings.ThemeName));
            }
        }

        if (diagnostics.ErrorCount > themeErrors)
        {
            return null;
        }

        if (useCache && mode == BuildMode.Build)
        {
            cache = BuildCache.Open(settings, settings.Clean, previousCache);
        }

        var services = new ServiceRegistry()
            .Add(cache)
            .Add(settings)
            .Add(inventory)
            .Add(theme)
            .Add(new MarkdownRenderer(settings.MaxNesting))
            .Add(new DraftRegistry())
            .Add(new OutputTarget(committer.StagingPath, WritesEarly: mode == BuildMode.Build, Recycled: committer.StagingRecycled));

        static bool IsPractice(string p) => p.StartsWith("practices/", StringComparison.Ordinal);
        Pipeline[] pipelines =
        [
            new(PipelineNames.Data,
                input: [new ReadContentFiles(p => p == "site.yml" || (p.StartsWith("data/", StringComparison.Ordinal) && CollectFiles.IsSourceText(p) && !p.EndsWith(".md", StringComparison.Ordinal)))],
                process: [new LoadSiteData()]),
            new(PipelineNames.Pages, [PipelineNames.Data],
                input: [new ReadContentFiles(p => p.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !IsPractice(p) && !p.StartsWith("data/", StringComparison.Ordinal))],
                process: [new ParsePages(), new RenderMarkdown(), new LinkChapters()]),
            // The methodical library: practices, then the lists, feed and search index made from them.
            LibraryPipelines.Practices(),
            LibraryPipelines.Library(),
            LibraryPipelines.Search(),
            new(PipelineNames.Files, input: [new CollectFiles()]),
            new(PipelineNames.Assets, input: [new CollectThemeAssets()]),
            // Monitoring counts the library's practices per academic year, so it reads the practices pipeline;
            // its pages of years and charts go under the monitoring page of the pages pipeline.
            new(PipelineNames.Monitoring, [PipelineNames.Data, PipelineNames.Practices, PipelineNames.Pages],
                process: [new BuildMonitoring(PipelineNames.Practices, PipelineNames.Pages)]),
            new(PipelineNames.Render, [PipelineNames.Data, PipelineNames.Pages, PipelineNames.Practices, PipelineNames.Library, PipelineNames.Monitoring, PipelineNames.Files, PipelineNames.Assets],
                input: [new GatherPages(PipelineNames.Pages, PipelineNames.Practices, PipelineNames.Library, PipelineNames.Monitoring)],
                process: [new RenderLayouts(), new ResolveLinks(), new AddSystemFiles()],
                postProcess: [new CheckLinks()],
                output: [new WriteSite()]),
        ];
        return new Engine.Engine(pipelines, services, settings.MaxParallelism)
        {
            RunOutputPhase = mode == BuildMode.Build,

            // Large libraries only: at 10 000 practices the compactions after the practices and the library pipelines
            // (with each pipeline's input handed over, not kept) take the peak from about 1 090 to 780 MiB at no cost in
            // a full build's time; a school's own site never reaches them.
            CompactAfter = 2000,
        };
    }

    private static BuildReport Report(DiagnosticBag diagnostics, EngineResult? result, Stopwatch watch, OutputCommitter committer)
    {
        var rendered = result?.Outputs.TryGetValue(PipelineNames.Render, out var docs) == true ? docs : [];
        var pages = rendered.Count(ResolveLinks.IsHtml);
        var files = rendered.Length - pages
            + (result?.Outputs.TryGetValue(PipelineNames.Search, out var s) == true ? s.Length : 0)
            + (result?.Outputs.TryGetValue(PipelineNames.Files, out var f) == true ? f.Length : 0)
            + (result?.Outputs.TryGetValue(PipelineNames.Assets, out var a) == true ? a.Length : 0);
        return new BuildReport(diagnostics.Sorted(), pages, files, watch.Elapsed, result?.Timings ?? [], committer.OutputPath);
    }
}
