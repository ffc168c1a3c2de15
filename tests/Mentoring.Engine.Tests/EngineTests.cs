using System.Collections.Immutable;
using System.Globalization;

namespace Mentoring.Engine.Tests;

public sealed class EngineTests
{
    private static readonly Phase[] AllPhases = [Phase.Input, Phase.Process, Phase.PostProcess, Phase.Output];

    private static Pipeline Recorded(EventLog log, string name, IEnumerable<string>? dependencies = null, TimeSpan processDelay = default) =>
        new(
            name,
            dependencies,
            input: [new RecordPhase(log)],
            process: [new RecordPhase(log, delay: processDelay)],
            postProcess: [new RecordPhase(log)],
            output: [new RecordPhase(log)]);

    // ---- Ordering errors: nothing runs ----

    /// <summary>Pipelines from specs like <c>"b>a,c"</c> (b depends on a and c); every module records into the log.</summary>
    private static Pipeline[] Graph(EventLog log, string[] specs) =>
    [
        .. specs.Select(spec =>
        {
            var parts = spec.Split('>');
            return Recorded(log, parts[0], parts.Length > 1 ? parts[1].Split(',') : null);
        }),
    ];

    [Theory]
    [InlineData("MNT0001", new[] { "a", "b>ghost" })]
    [InlineData("MNT0002", new[] { "a>b", "b>a", "free" })]
    [InlineData("MNT0002", new[] { "a>b", "b>c", "c>a" })]
    [InlineData("MNT0002", new[] { "a>a", "free" })]
    [InlineData("MNT0003", new[] { "a", "a", "free" })]
    public async Task Nothing_runs_when_the_pipeline_graph_is_broken(string code, string[] specs)
    {
        var log = new EventLog();

        var result = await new Engine(Graph(log, specs)).RunAsync();

        Assert.False(result.Succeeded);
        var d = Assert.Single(result.Diagnostics.Sorted());
        Assert.Equal((code, Severity.Error), (d.Code, d.Severity));
        Assert.Empty(result.Outputs);
        Assert.Empty(result.Timings);
        Assert.Empty(log.Entries);
    }

    [Fact]
    public async Task A_broken_graph_is_reported_into_the_callers_bag()
    {
        var bag = new DiagnosticBag();

        var result = await new Engine([new Pipeline("a", ["b"]), new Pipeline("b", ["a"])]).RunAsync(bag);

        Assert.Same(bag, result.Diagnostics);
        var d = Assert.Single(bag.Sorted());
        Assert.Equal("MNT0002", d.Code);
        Assert.Contains("a → b → a", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_engine_without_pipelines_succeeds_with_nothing()
    {
        var result = await new Engine([]).RunAsync();

        Assert.True(result.Succeeded);
        Assert.Empty(result.Outputs);
        Assert.Empty(result.Timings);
        Assert.Empty(result.Diagnostics.Sorted());
    }

    // ---- Phases ----

    [Fact]
    public async Task Each_pipeline_runs_its_phases_in_order_once_each()
    {
        var log = new EventLog();
        var engine = new Engine([Recorded(log, "a"), Recorded(log, "b"), Recorded(log, "c", ["a"])]);

        var result = await engine.RunAsync();

        Assert.True(result.Succeeded);
        foreach (var name in new[] { "a", "b", "c" })
        {
            foreach (var phase in AllPhases)
            {
                Assert.Single(log.Of(name, phase, EventLog.Start));
                Assert.Single(log.Of(name, phase, EventLog.End));
            }

            for (var i = 1; i < AllPhases.Length; i++)
            {
                Assert.True(
                    log.LastEnd(name, AllPhases[i - 1]) < log.FirstStart(name, AllPhases[i]),
                    $"{name}: {AllPhases[i - 1]} must finish before {AllPhases[i]} starts");
            }
        }
    }

    [Fact]
    public async Task PostProcess_of_any_pipeline_starts_only_after_every_Process_finished()
    {
        var log = new EventLog();

        // "slow" is still in Process long after "fast" could have moved on; a dependent chain adds more Process work.
        var engine = new Engine(
        [
            Recorded(log, "fast"),
            Recorded(log, "slow", processDelay: TimeSpan.FromMilliseconds(300)),
            Recorded(log, "child", ["fast"], processDelay: TimeSpan.FromMilliseconds(100)),
            Recorded(log, "grandchild", ["child"]),
        ]);

        await engine.RunAsync();

        var entries = log.Entries;
        var lastProcessEnd = entries.Where(e => e.Phase == Phase.Process && e.Kind == EventLog.End).Max(e => e.Sequence);
        var firstPostProcessStart = entries.Where(e => e.Phase == Phase.PostProcess && e.Kind == EventLog.Start).Min(e => e.Sequence);
        Assert.True(lastProcessEnd < firstPostProcessStart, string.Join("\n", entries));
        Assert.Equal(4, entries.Count(e => e.Phase == Phase.PostProcess && e.Kind == EventLog.Start));
    }

    [Fact]
    public async Task Output_of_any_pipeline_starts_only_after_every_PostProcess_finished()
    {
        var log = new EventLog();
        var slowPost = new Pipeline("slow", postProcess: [new RecordPhase(log, delay: TimeSpan.FromMilliseconds(200))], output: [new RecordPhase(log)]);
        var engine = new Engine([slowPost, Recorded(log, "fast")]);

        await engine.RunAsync();

        var entries = log.Entries;
        var lastPostEnd = entries.Where(e => e.Phase == Phase.PostProcess && e.Kind == EventLog.End).Max(e => e.Sequence);
        var firstOutputStart = entries.Where(e => e.Phase == Phase.Output && e.Kind == EventLog.Start).Min(e => e.Sequence);
        Assert.True(lastPostEnd < firstOutputStart, string.Join("\n", entries));
    }

    [Fact]
    public async Task A_dependent_pipeline_starts_Input_only_after_its_dependencies_finished_Process()
    {
        var log = new EventLog();
        var engine = new Engine(
        [
            Recorded(log, "child", ["data", "pages"]),
            Recorded(log, "data", processDelay: TimeSpan.FromMilliseconds(200)),
            Recorded(log, "pages", processDelay: TimeSpan.FromMilliseconds(50)),
        ]);

        await engine.RunAsync();

        var childInput = log.FirstStart("child", Phase.Input);
        Assert.True(log.LastEnd("data", Phase.Process) < childInput, string.Join("\n", log.Entries));
        Assert.True(log.LastEnd("pages", Phase.Process) < childInput, string.Join("\n", log.Entries));
    }

    [Fact]
    public async Task Independent_pipelines_run_Process_concurrently()
    {
        // Each Process waits for the other to have started: sequential execution would time out.
        var aStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        RunCode Meet(TaskCompletionSource mine, TaskCompletionSource other) => new(async (input, _) =>
        {
            mine.SetResult();
            await other.Task.WaitAsync(TestTimeouts.Long);
            return input;
        });

        var engine = new Engine([new Pipeline("a", process: [Meet(aStarted, bStarted)]), new Pipeline("b", process: [Meet(bStarted, aStarted)])]);

        var result = await engine.RunAsync().WaitAsync(TestTimeouts.Long * 2);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task Modules_of_a_phase_run_in_declared_order_and_hand_documents_on()
    {
        var seen = new List<string>();
        RunCode Step(string name) => new((input, _) =>
        {
            seen.Add($"{name}:{string.Join(",", Docs.Sources(input))}");
            return input.Add(Docs.Page($"{name}.md"));
        });

        var engine = new Engine([new Pipeline("p", input: [Step("i1"), Step("i2")], process: [Step("p1")], postProcess: [Step("pp1")], output: [Step("o1"), Step("o2")])]);

        var result = await engine.RunAsync();

        Assert.Equal(
            [
                "i1:",
                "i2:i1.md",
                "p1:i1.md,i2.md",
                "pp1:i1.md,i2.md,p1.md",
                "o1:i1.md,i2.md,p1.md,pp1.md",
                "o2:i1.md,i2.md,p1.md,pp1.md,o1.md",
            ],
            seen);
        Assert.Equal(["i1.md", "i2.md", "p1.md", "pp1.md", "o1.md", "o2.md"], Docs.Sources(result.Outputs["p"]));
    }

    [Fact]
    public async Task Outputs_hold_every_pipelines_final_documents()
    {
        var engine = new Engine(
        [
            new Pipeline("a", input: [new AppendDocuments(Docs.Page("a.md"))]),
            new Pipeline("b", ["a"], input: [new RunCode((input, ctx) => ctx.OutputsOf("a"))]),
            new Pipeline("empty"),
        ]);

        var result = await engine.RunAsync();

        Assert.Equal(["a", "b", "empty"], result.Outputs.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["a.md"], Docs.Sources(result.Outputs["a"]));
        Assert.Equal(["a.md"], Docs.Sources(result.Outputs["b"]));
        Assert.Empty(result.Outputs["empty"]);
    }

    // ---- Memory ----

    [Fact]
    public async Task A_read_pipeline_that_ends_Process_with_many_documents_compacts_the_heap_and_says_so_in_the_timings()
    {
        // "last" is big too, but nothing runs after it that its garbage would weigh on.
        var engine = new Engine(
        [
            new Pipeline("big", input: [new AppendDocuments([.. Docs.Pages(5)])]),
            new Pipeline("small", input: [new AppendDocuments([.. Docs.Pages(2)])]),
            new Pipeline("last", ["big", "small"], input: [new AppendDocuments([.. Docs.Pages(6)])]),
        ])
        { CompactAfter = 3 };

        var result = await engine.RunAsync();

        var compactions = result.Timings.Where(t => t.Module == Engine.CompactionModule).ToList();
        Assert.Equal(("big", Phase.Process, 5), Assert.Single(compactions) is var c ? (c.Pipeline, c.Phase, c.DocumentsOut) : default);
    }

    [Fact]
    public async Task Without_a_threshold_the_heap_is_never_compacted()
    {
        var result = await new Engine([new Pipeline("big", input: [new AppendDocuments([.. Docs.Pages(5)])]), new Pipeline("after", ["big"])]).RunAsync();

        Assert.DoesNotContain(result.Timings, t => t.Module == Engine.CompactionModule);
    }

    [Fact]
    public async Task A_pipelines_input_is_not_kept_once_its_first_module_replaced_it()
    {
        WeakReference? input = null;
        bool? aliveAfterReplacement = null;
        var engine = new Engine(
        [
            new Pipeline(
                "p",
                input: [new RunCode((_, _) => Read(out input))],
                process:
                [
                    new RunCode((_, _) => ImmutableArray.Create(Docs.Page("parsed.md"))),
                    new RunCode((docs, _) =>
                    {
                        GC.Collect();
                        GC.WaitForPendingFinalizers();
                        GC.Collect();
                        aliveAfterReplacement = input!.IsAlive;
                        return docs;
                    }),
                ]),
        ]);

        await engine.RunAsync();

        Assert.False(aliveAfterReplacement);

        // Not inlined, so no frame of the test holds the document.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        static ImmutableArray<Document> Read(out WeakReference weak)
        {
            var doc = Docs.Page("raw.md", new string('x', 100_000));
            weak = new WeakReference(doc);
            return [doc];
        }
    }

    // ---- Output is skipped after errors ----

    [Theory]
    [InlineData(Phase.Input)]
    [InlineData(Phase.Process)]
    [InlineData(Phase.PostProcess)]
    public async Task Output_is_skipped_for_every_pipeline_when_an_error_was_reported(Phase reportedIn)
    {
        var log = new EventLog();
        IModule[] Report(Phase phase) => phase == reportedIn ? [new ReportDiagnostic(Diagnostic.Error("MNT0100", "плохо", "a.md", 1, 1))] : [];
        var broken = new Pipeline(
            "broken",
            input: Report(Phase.Input),
            process: Report(Phase.Process),
            postProcess: [.. Report(Phase.PostProcess), new AppendDocuments(Docs.Page("post.md"))],
            output: [new RecordPhase(log), new AppendDocuments(Docs.Page("written.md"))]);
        var engine = new Engine([broken, Recorded(log, "healthy")]);

        var result = await engine.RunAsync();

        Assert.False(result.Succeeded);
        Assert.Empty(log.Entries.Where(e => e.Phase == Phase.Output));
        Assert.Single(log.Of("healthy", Phase.PostProcess, EventLog.End));
        Assert.Equal(["post.md"], Docs.Sources(result.Outputs["broken"]));
        Assert.Contains(result.Diagnostics.Sorted(), d => d.Code == "MNT0100");
    }

    [Fact]
    public async Task Output_runs_when_only_warnings_were_reported()
    {
        var log = new EventLog();
        var warned = new Pipeline(
            "warned",
            process: [new ReportDiagnostic(Diagnostic.Warning("MNT0200", "обратите внимание", "a.md"))],
            output: [new RecordPhase(log), new AppendDocuments(Docs.Page("written.md"))]);
        var engine = new Engine([warned, Recorded(log, "other")]);

        var result = await engine.RunAsync();

        Assert.True(result.Succeeded);
        Assert.Equal(1, result.Diagnostics.WarningCount);
        Assert.Single(log.Of("warned", Phase.Output, EventLog.End));
        Assert.Single(log.Of("other", Phase.Output, EventLog.End));
        Assert.Equal(["written.md"], Docs.Sources(result.Outputs["warned"]));
    }

    [Fact]
    public async Task A_dry_run_runs_every_phase_but_Output()
    {
        var log = new EventLog();
        var engine = new Engine([Recorded(log, "a"), Recorded(log, "b", ["a"])]) { RunOutputPhase = false };

        var result = await engine.RunAsync();

        Assert.True(result.Succeeded);
        Assert.Single(log.Of("a", Phase.PostProcess, EventLog.End));
        Assert.Single(log.Of("b", Phase.PostProcess, EventLog.End));
        Assert.DoesNotContain(log.Entries, e => e.Phase == Phase.Output);
        Assert.DoesNotContain(result.Timings, t => t.Phase == Phase.Output);
    }

    [Fact]
    public async Task An_error_already_in_the_callers_bag_also_skips_Output()
    {
        var log = new EventLog();
        var bag = new DiagnosticBag();
        bag.Add(Diagnostic.Error("MNT0100", "ошибка до запуска"));

        var result = await new Engine([Recorded(log, "a")]).RunAsync(bag);

        Assert.False(result.Succeeded);
        Assert.Single(log.Of("a", Phase.PostProcess, EventLog.End));
        Assert.Empty(log.Of("a", Phase.Output, EventLog.Start));
    }

    // ---- Exceptions ----

    [Theory]
    [InlineData(Phase.Input)]
    [InlineData(Phase.Process)]
    [InlineData(Phase.PostProcess)]
    [InlineData(Phase.Output)]
    public async Task An_exception_thrown_by_a_module_is_wrapped_with_pipeline_phase_and_module(Phase phase)
    {
        var log = new EventLog();
        var boom = new InvalidOperationException("бум");
        IModule[] At(Phase p) => p == phase ? [new Throw(boom), new RecordPhase(log, "after")] : [new RecordPhase(log)];
        var pipeline = new Pipeline("pages", input: At(Phase.Input), process: At(Phase.Process), postProcess: At(Phase.PostProcess), output: At(Phase.Output));

        var ex = await Assert.ThrowsAsync<DocumentProcessingException>(() => new Engine([pipeline]).RunAsync());

        Assert.Same(boom, ex.InnerException);
        Assert.Contains($"pages/{phase}/Throw", ex.Message, StringComparison.Ordinal);
        Assert.Contains("бум", ex.Message, StringComparison.Ordinal);
        Assert.Null(ex.DocumentPath);
        Assert.DoesNotContain(log.Entries, e => e.Label == "after");
        Assert.DoesNotContain(log.Entries, e => e.Phase > phase);
    }

    [Fact]
    public async Task A_failing_transform_surfaces_with_the_document_path()
    {
        var boom = new FormatException("не разобрать");
        var pipeline = new Pipeline(
            "pages",
            input: [new AppendDocuments(Docs.Page("ok.md"), Docs.Page(@"lessons\broken.md"), Docs.Page("also-ok.md"))],
            process: [new TransformEach(d => d.Source == "lessons/broken.md" ? throw boom : d)]);

        var ex = await Assert.ThrowsAsync<DocumentProcessingException>(() => new Engine([pipeline], maxParallelism: 2).RunAsync());

        Assert.Equal("lessons/broken.md", ex.DocumentPath);
        Assert.Same(boom, ex.InnerException);
        Assert.Contains("lessons/broken.md", ex.Message, StringComparison.Ordinal);
        Assert.Contains("pages/TransformEach", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_pipeline_stops_its_dependents_and_later_phases()
    {
        var log = new EventLog();
        var engine = new Engine(
        [
            new Pipeline("data", process: [new Throw(new InvalidOperationException("нет данных"))]),
            Recorded(log, "pages", ["data"]),
        ]);

        var ex = await Assert.ThrowsAsync<DocumentProcessingException>(() => engine.RunAsync());

        Assert.Contains("data/Process/Throw", ex.Message, StringComparison.Ordinal);
        Assert.Empty(log.Entries);
    }

    [Fact]
    public async Task A_module_returning_a_default_array_is_reported_with_its_name()
    {
        var pipeline = new Pipeline("pages", process: [new ReturnDefault(), new TransformEach(d => d)]);

        var ex = await Assert.ThrowsAsync<DocumentProcessingException>(() => new Engine([pipeline]).RunAsync());

        Assert.Contains("pages/Process/ReturnDefault", ex.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(ex.InnerException);
    }

    // ---- Cancellation ----

    [Fact]
    public async Task Cancelling_during_a_long_module_stops_the_run()
    {
        var log = new EventLog();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var pipeline = new Pipeline(
            "pages",
            process: [new WaitForCancellation(started), new RecordPhase(log, "after")],
            postProcess: [new RecordPhase(log)],
            output: [new RecordPhase(log)]);
        using var cts = new CancellationTokenSource();

        var run = new Engine([pipeline, Recorded(log, "other", ["pages"])]).RunAsync(cancellationToken: cts.Token);
        await started.Task.WaitAsync(TestTimeouts.Long);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(TestTimeouts.Long));
        Assert.Empty(log.Entries);
    }

    [Fact]
    public async Task Cancelling_while_a_module_ignores_the_token_still_stops_before_the_next_module()
    {
        var log = new EventLog();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var pipeline = new Pipeline(
            "pages",
            process: [new IgnoreCancellation(started, gate.Task), new RecordPhase(log, "after")],
            postProcess: [new RecordPhase(log)],
            output: [new RecordPhase(log)]);
        using var cts = new CancellationTokenSource();

        var run = new Engine([pipeline]).RunAsync(cancellationToken: cts.Token);
        await started.Task.WaitAsync(TestTimeouts.Long);
        await cts.CancelAsync();
        gate.SetResult();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(TestTimeouts.Long));
        Assert.Empty(log.Entries);
    }

    [Fact]
    public async Task Cancelling_during_ForEachAsync_stops_the_run()
    {
        var log = new EventLog();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var processed = 0;
        var pipeline = new Pipeline(
            "pages",
            input: [new AppendDocuments([.. Docs.Pages(200)])],
            process:
            [
                new TransformEach((d, ctx) =>
                {
                    Interlocked.Increment(ref processed);
                    started.TrySetResult();
                    ctx.CancellationToken.WaitHandle.WaitOne(TestTimeouts.Long);
                    return d;
                }),
                new RecordPhase(log, "after"),
            ],
            output: [new RecordPhase(log)]);
        using var cts = new CancellationTokenSource();

        var run = new Engine([pipeline], maxParallelism: 2).RunAsync(cancellationToken: cts.Token);
        await started.Task.WaitAsync(TestTimeouts.Long);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(TestTimeouts.Long));
        Assert.Empty(log.Entries);
        Assert.True(Volatile.Read(ref processed) < 200, "cancellation must stop handing out documents");
    }

    [Fact]
    public async Task An_already_cancelled_token_runs_nothing()
    {
        var log = new EventLog();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new Engine([Recorded(log, "a"), Recorded(log, "b", ["a"])]).RunAsync(cancellationToken: cts.Token));

        Assert.Empty(log.Entries);
    }

    // ---- Determinism and timings ----

    private static Engine SiteLikeEngine() => new(
        [
            new Pipeline(
                "posts",
                input: [new AppendDocuments([.. Docs.Pages(40)])],
                process:
                [
                    new TransformEach(d =>
                    {
                        Thread.Sleep(Random.Shared.Next(0, 4));
                        var n = int.Parse(d.Source!.AsSpan(5, 3), CultureInfo.InvariantCulture);
                        return n % 7 == 0 ? null : d.WithContent(d.Content.ToUpperInvariant()).WithMetadata("n", n).WithDestination($"posts/{n}.html");
                    }),
                ]),
            new Pipeline(
                "index",
                ["posts"],
                process: [new RunCode((_, ctx) => [Document.Create(null, "index.html", string.Join("|", ctx.OutputsOf("posts").Select(p => p.Destination)))])]),
            new Pipeline(
                "feed",
                postProcess: [new RunCode((_, ctx) => [Document.Create(null, "feed.xml", $"{ctx.OutputsOf("posts").Length}/{ctx.OutputsOf("index").Length}")])]),
            new Pipeline(
                "assets",
                input: [new AppendDocuments(Docs.Page("site.css", "body{}"), Docs.Page("app.js", "x"))],
                output: [new TransformEach(d => d.WithDestination(d.Source))]),
        ],
        maxParallelism: 2);

    private static string Describe(EngineResult result) =>
        string.Join(
            "\n",
            result.Outputs.Keys.Order(StringComparer.Ordinal).SelectMany(name =>
                result.Outputs[name].Select(d =>
                    $"{name}: {d.Source} -> {d.Destination} [{string.Join(",", d.Metadata.Select(kv => $"{kv.Key}={kv.Value}"))}] {d.Content}")));

    [Fact]
    public async Task Running_the_same_engine_twice_gives_the_same_outputs_in_the_same_order()
    {
        var engine = SiteLikeEngine();

        var first = await engine.RunAsync();
        var second = await engine.RunAsync();
        var fresh = await SiteLikeEngine().RunAsync();

        Assert.True(first.Succeeded);
        Assert.Equal(Describe(first), Describe(second));
        Assert.Equal(Describe(first), Describe(fresh));

        var expectedPosts = Enumerable.Range(0, 40).Where(n => n % 7 != 0).Select(n => $"posts/{n}.html").ToArray();
        Assert.Equal(expectedPosts, first.Outputs["posts"].Select(d => d.Destination));
        Assert.Equal(string.Join("|", expectedPosts), Assert.Single(first.Outputs["index"]).Content);
        Assert.Equal($"{expectedPosts.Length}/1", Assert.Single(first.Outputs["feed"]).Content);
        Assert.Equal(["site.css", "app.js"], first.Outputs["assets"].Select(d => d.Destination));
    }

    [Fact]
    public async Task Timings_are_reported_per_module_in_phase_then_pipeline_then_module_order()
    {
        var engine = SiteLikeEngine();

        var first = await engine.RunAsync();
        var second = await engine.RunAsync();

        static string[] Shape(EngineResult r) => [.. r.Timings.Select(t => $"{t.Phase} {t.Pipeline} {t.Module} {t.DocumentsOut}")];
        Assert.Equal(
            [
                "Input assets AppendDocuments 2",
                "Input posts AppendDocuments 40",
                "Process posts TransformEach 34",
                "Process index RunCode 1",
                "PostProcess feed RunCode 1",
                "Output assets TransformEach 2",
            ],
            Shape(first));
        Assert.Equal(Shape(first), Shape(second));
        Assert.All(first.Timings, t => Assert.True(t.Elapsed >= TimeSpan.Zero));
    }

    [Fact]
    public async Task A_timing_measures_the_modules_own_work()
    {
        var log = new EventLog();
        var engine = new Engine([new Pipeline("slow", process: [new RecordPhase(log, delay: TimeSpan.FromMilliseconds(100)), new RecordPhase(log)])]);

        var result = await engine.RunAsync();

        Assert.Equal(2, result.Timings.Length);
        Assert.All(result.Timings, t => Assert.Equal(("slow", Phase.Process, "RecordPhase"), (t.Pipeline, t.Phase, t.Module)));

        // A lower bound only: a delay never ends early, however slow the machine.
        Assert.True(result.Timings[0].Elapsed >= TimeSpan.FromMilliseconds(50), result.Timings[0].ToString());
    }

    [Fact]
    public void Services_are_the_registry_given_to_the_engine()
    {
        var services = new ServiceRegistry();

        Assert.Same(services, new Engine([], services).Services);
        Assert.NotNull(new Engine([]).Services);
    }
}
