using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;

namespace Mentoring.Engine.Tests;

/// <summary>
/// The execution context is internal to the engine, so these tests reach it the way modules do:
/// through small modules run by a real <see cref="Engine"/>.
/// </summary>
public sealed class ExecutionContextTests
{
    private sealed class SiteModel
    {
        public string Title { get; } = "Наставничество";
    }

    /// <summary>Runs <paramref name="probe"/> in a module and returns what it produced or threw.</summary>
    private static async Task<Exception?> CaptureException(Pipeline[] pipelines, Action<IExecutionContext> probe, string pipeline, Phase phase)
    {
        Exception? caught = null;
        var module = new RunCode((input, ctx) =>
        {
            try
            {
                probe(ctx);
            }
            catch (InvalidOperationException ex)
            {
                caught = ex;
            }

            return input;
        });

        var target = pipelines.Single(p => p.Name == pipeline);
        var withProbe = new Pipeline(
            target.Name,
            target.Dependencies,
            phase == Phase.Input ? target.Input.Add(module) : target.Input,
            phase == Phase.Process ? target.Process.Add(module) : target.Process,
            phase == Phase.PostProcess ? target.PostProcess.Add(module) : target.PostProcess,
            phase == Phase.Output ? target.Output.Add(module) : target.Output);

        var result = await new Engine(pipelines.Select(p => p.Name == pipeline ? withProbe : p)).RunAsync();
        Assert.True(result.Succeeded);
        return caught;
    }

    private static Pipeline Source(string name, params string[] sources) =>
        new(name, input: [new AppendDocuments([.. sources.Select(s => Docs.Page(s))])]);

    // ---- What a module sees ----

    [Fact]
    public async Task The_context_names_the_pipeline_and_phase_the_module_runs_in()
    {
        var seen = new ConcurrentQueue<string>();
        RunCode Probe() => new((input, ctx) =>
        {
            seen.Enqueue($"{ctx.PipelineName}/{ctx.Phase}");
            return input;
        });
        Pipeline Probed(string name) => new(name, input: [Probe()], process: [Probe()], postProcess: [Probe()], output: [Probe()]);

        await new Engine([Probed("a"), Probed("b")]).RunAsync();

        Assert.Equal(
            ["a/Input", "a/Output", "a/PostProcess", "a/Process", "b/Input", "b/Output", "b/PostProcess", "b/Process"],
            seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_context_carries_the_callers_diagnostics_and_cancellation_token()
    {
        var bag = new DiagnosticBag();
        using var cts = new CancellationTokenSource();
        DiagnosticBag? seenBag = null;
        CancellationToken seenToken = default;
        var pipeline = new Pipeline("p", process:
        [
            new RunCode((input, ctx) =>
            {
                seenBag = ctx.Diagnostics;
                seenToken = ctx.CancellationToken;
                ctx.Diagnostics.Add(Diagnostic.Warning("MNT0200", "замечание", "a.md"));
                return input;
            }),
        ]);

        var result = await new Engine([pipeline]).RunAsync(bag, cts.Token);

        Assert.Same(bag, seenBag);
        Assert.Equal(cts.Token, seenToken);
        Assert.Same(bag, result.Diagnostics);
        Assert.Equal("MNT0200", Assert.Single(bag.Sorted()).Code);
    }

    [Fact]
    public async Task GetService_returns_the_registered_instance_in_every_phase()
    {
        var model = new SiteModel();
        var services = new ServiceRegistry().Add(model);
        var seen = new ConcurrentBag<SiteModel>();
        RunCode Probe() => new((input, ctx) =>
        {
            seen.Add(ctx.GetService<SiteModel>());
            return input;
        });

        await new Engine([new Pipeline("p", input: [Probe()], process: [Probe()], postProcess: [Probe()], output: [Probe()])], services).RunAsync();

        Assert.Equal(4, seen.Count);
        Assert.All(seen, s => Assert.Same(model, s));
    }

    [Fact]
    public async Task GetService_throws_for_an_unregistered_service()
    {
        var caught = await CaptureException([new Pipeline("p")], ctx => ctx.GetService<SiteModel>(), "p", Phase.Process);

        var ex = Assert.IsType<InvalidOperationException>(caught);
        Assert.Contains(nameof(SiteModel), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ServiceRegistry_keys_services_by_the_registered_type()
    {
        var first = new SiteModel();
        var second = new SiteModel();
        var registry = new ServiceRegistry().Add(first).Add<object>(second);

        Assert.Same(first, registry.Get<SiteModel>());
        Assert.Same(second, registry.Get<object>());
        Assert.True(registry.TryGet<SiteModel>(out var found));
        Assert.Same(first, found);
        Assert.False(registry.TryGet<string>(out var missing));
        Assert.Null(missing);
        Assert.Throws<InvalidOperationException>(() => registry.Get<string>());

        registry.Add(second);
        Assert.Same(second, registry.Get<SiteModel>());
        Assert.Throws<ArgumentNullException>(() => registry.Add<SiteModel>(null!));
    }

    // ---- Visibility of other pipelines' outputs ----

    [Fact]
    public async Task In_Process_a_declared_dependency_is_readable()
    {
        ImmutableArray<Document> seen = default;
        var reader = new Pipeline("reader", ["data"], process: [new RunCode((input, ctx) => seen = ctx.OutputsOf("data"))]);

        await new Engine([Source("data", "b.yml", "a.yml"), reader]).RunAsync();

        Assert.Equal(["b.yml", "a.yml"], Docs.Sources(seen));
    }

    [Fact]
    public async Task In_Input_a_declared_dependency_is_readable()
    {
        ImmutableArray<Document> seen = default;
        var reader = new Pipeline("reader", ["data"], input: [new RunCode((input, ctx) => seen = ctx.OutputsOf("data"))]);

        await new Engine([Source("data", "x.yml"), reader]).RunAsync();

        Assert.Equal(["x.yml"], Docs.Sources(seen));
    }

    [Theory]
    [InlineData(Phase.Input)]
    [InlineData(Phase.Process)]
    public async Task Before_PostProcess_an_undeclared_pipeline_is_not_readable(Phase phase)
    {
        var caught = await CaptureException([Source("data", "x.yml"), new Pipeline("reader")], ctx => ctx.OutputsOf("data"), "reader", phase);

        var ex = Assert.IsType<InvalidOperationException>(caught);
        Assert.Contains("'reader'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'data'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_transitive_dependency_is_not_readable_without_declaring_it()
    {
        var pipelines = new[] { Source("data", "x.yml"), new Pipeline("pages", ["data"]), new Pipeline("site", ["pages"]) };

        var caught = await CaptureException(pipelines, ctx => ctx.OutputsOf("data"), "site", Phase.Process);

        Assert.IsType<InvalidOperationException>(caught);
    }

    [Fact]
    public async Task Reading_an_undeclared_pipeline_unhandled_fails_the_run_with_the_cause()
    {
        var reader = new Pipeline("reader", process: [new RunCode((input, ctx) => ctx.OutputsOf("data"))]);

        var ex = await Assert.ThrowsAsync<DocumentProcessingException>(() => new Engine([Source("data", "x.yml"), reader]).RunAsync());

        Assert.IsType<InvalidOperationException>(ex.InnerException);
        Assert.Contains("reader/Process/RunCode", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Phase.PostProcess)]
    [InlineData(Phase.Output)]
    public async Task From_PostProcess_on_every_pipelines_Process_results_are_readable(Phase phase)
    {
        var seen = new ConcurrentDictionary<string, string[]>(StringComparer.Ordinal);
        var probe = new RunCode((input, ctx) =>
        {
            foreach (var name in new[] { "data", "pages", "reader" })
            {
                seen[name] = Docs.Sources(ctx.OutputsOf(name));
            }

            return input;
        });
        var data = new Pipeline(
            "data",
            input: [new AppendDocuments(Docs.Page("x.yml"))],
            postProcess: [new AppendDocuments(Docs.Page("added-in-post.yml"))]);
        var pages = new Pipeline("pages", ["data"], process: [new AppendDocuments(Docs.Page("index.md"))]);
        var reader = new Pipeline(
            "reader",
            input: [new AppendDocuments(Docs.Page("own.md"))],
            postProcess: phase == Phase.PostProcess ? [probe] : [],
            output: phase == Phase.Output ? [probe] : []);

        var result = await new Engine([data, pages, reader]).RunAsync();

        Assert.True(result.Succeeded);
        Assert.Equal(["x.yml"], seen["data"]);
        Assert.Equal(["index.md"], seen["pages"]);
        Assert.Equal(["own.md"], seen["reader"]);
    }

    [Fact]
    public async Task In_PostProcess_an_unknown_pipeline_still_throws()
    {
        var caught = await CaptureException([new Pipeline("p")], ctx => ctx.OutputsOf("ghost"), "p", Phase.PostProcess);

        var ex = Assert.IsType<InvalidOperationException>(caught);
        Assert.Contains("ghost", ex.Message, StringComparison.Ordinal);
    }

    // ---- ForEachAsync ----

    private static async Task<ImmutableArray<Document>> ForEach(ImmutableArray<Document> input, Func<Document, Document?> transform, int maxParallelism = 2)
    {
        var pipeline = new Pipeline("p", input: [new AppendDocuments([.. input])], process: [new TransformEach(transform)]);
        var result = await new Engine([pipeline], maxParallelism: maxParallelism).RunAsync().WaitAsync(TestTimeouts.Long * 3);
        return result.Outputs["p"];
    }

    [Fact]
    public async Task ForEachAsync_runs_transforms_concurrently()
    {
        // Both documents must be inside the transform at the same time to pass the barrier;
        // run one after the other, the first would wait in vain and time out.
        using var barrier = new Barrier(2);
        var timedOut = 0;

        var output = await ForEach(Docs.Pages(2), d =>
        {
            if (!barrier.SignalAndWait(TestTimeouts.Long))
            {
                Interlocked.Increment(ref timedOut);
            }

            return d.WithContent("done");
        });

        Assert.Equal(0, timedOut);
        Assert.All(output, d => Assert.Equal("done", d.Content));
    }

    [Fact]
    public async Task ForEachAsync_runs_several_documents_at_once_with_a_countdown()
    {
        using var bothInside = new CountdownEvent(2);
        var results = new ConcurrentBag<bool>();

        await ForEach(Docs.Pages(2), d =>
        {
            bothInside.Signal();
            results.Add(bothInside.Wait(TestTimeouts.Long));
            return d;
        });

        Assert.Equal(2, results.Count);
        Assert.All(results, Assert.True);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task ForEachAsync_never_exceeds_the_engines_parallelism(int maxParallelism)
    {
        var current = 0;
        var peak = 0;

        await ForEach(Docs.Pages(30), d =>
        {
            var now = Interlocked.Increment(ref current);
            int seen;
            while (now > (seen = Volatile.Read(ref peak)) && Interlocked.CompareExchange(ref peak, now, seen) != seen)
            {
            }

            Thread.Sleep(2);
            Interlocked.Decrement(ref current);
            return d;
        }, maxParallelism);

        Assert.InRange(peak, 1, maxParallelism);
    }

    [Fact]
    public async Task ForEachAsync_keeps_the_input_order_when_later_documents_finish_first()
    {
        // The first document waits until the last one has finished, so the completion order is surely not the
        // input order; the others sleep for random times to shuffle the rest.
        const int Count = 60;
        var input = Docs.Pages(Count);
        var last = input[^1].Source!;
        using var lastDone = new ManualResetEventSlim();
        var finished = new ConcurrentQueue<string>();
        var random = new Random(20260901);
        var delays = input.ToDictionary(d => d.Source!, _ => random.Next(0, 8), StringComparer.Ordinal);

        var output = await ForEach(input, d =>
        {
            if (d.Source == input[0].Source && !lastDone.Wait(TestTimeouts.Long))
            {
                throw new TimeoutException("the last document never finished while the first was running");
            }

            Thread.Sleep(delays[d.Source!]);
            finished.Enqueue(d.Source!);
            if (d.Source == last)
            {
                lastDone.Set();
            }

            return d.WithMetadata("seen", true);
        });

        var completion = finished.ToArray();
        Assert.True(Array.IndexOf(completion, last) < Array.IndexOf(completion, input[0].Source), "the last document must finish first");
        Assert.Equal(Docs.Sources(input), Docs.Sources(output));
        Assert.All(output, d => Assert.True(d.Get<bool>("seen")));
    }

    [Fact]
    public async Task ForEachAsync_calls_the_transform_exactly_once_per_document()
    {
        var calls = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);

        await ForEach(Docs.Pages(100), d =>
        {
            calls.AddOrUpdate(d.Source!, 1, (_, n) => n + 1);
            return d;
        });

        Assert.Equal(100, calls.Count);
        Assert.All(calls.Values, n => Assert.Equal(1, n));
    }

    [Fact]
    public async Task ForEachAsync_drops_null_results_and_keeps_the_rest_in_order()
    {
        var output = await ForEach(Docs.Pages(20), d => int.Parse(d.Source!.AsSpan(5, 3), CultureInfo.InvariantCulture) % 3 == 0 ? null : d);

        Assert.Equal(
            Enumerable.Range(0, 20).Where(i => i % 3 != 0).Select(i => $"page-{i:D3}.md"),
            Docs.Sources(output));
    }

    [Fact]
    public async Task ForEachAsync_returns_empty_when_every_result_is_null()
    {
        var output = await ForEach(Docs.Pages(5), _ => null);

        Assert.Empty(output);
    }

    [Fact]
    public async Task ForEachAsync_on_empty_or_default_input_returns_empty_without_calling_the_transform()
    {
        var calls = 0;
        ImmutableArray<Document> fromEmpty = default, fromDefault = default;
        var pipeline = new Pipeline("p", process:
        [
            new RunCode(async (input, ctx) =>
            {
                fromEmpty = await ctx.ForEachAsync([], d => { Interlocked.Increment(ref calls); return d; });
                fromDefault = await ctx.ForEachAsync(default, d => { Interlocked.Increment(ref calls); return d; });
                return input;
            }),
        ]);

        await new Engine([pipeline]).RunAsync();

        Assert.Equal(0, calls);
        Assert.True(fromEmpty is { IsDefault: false, IsEmpty: true });
        Assert.True(fromDefault is { IsDefault: false, IsEmpty: true });
    }

    [Fact]
    public async Task ForEachAsync_rejects_a_null_transform()
    {
        var caught = await CaptureExceptionOf<ArgumentNullException>(ctx => ctx.ForEachAsync(Docs.Pages(1), null!));

        Assert.NotNull(caught);
    }

    [Fact]
    public async Task ForEachAsync_wraps_a_transform_failure_with_the_documents_source_path()
    {
        var boom = new InvalidDataException("сломанный YAML");

        var ex = await Assert.ThrowsAsync<DocumentProcessingException>(() =>
            ForEach([Docs.Page("a.md"), Docs.Page(@"data\broken.yml"), Docs.Page("c.md")], d => d.Source == "data/broken.yml" ? throw boom : d));

        Assert.Equal("data/broken.yml", ex.DocumentPath);
        Assert.Same(boom, ex.InnerException);
        Assert.Contains("«data/broken.yml»", ex.Message, StringComparison.Ordinal);
        Assert.Contains("сломанный YAML", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForEachAsync_names_a_generated_document_by_its_destination()
    {
        var boom = new InvalidOperationException("x");

        var ex = await Assert.ThrowsAsync<DocumentProcessingException>(() =>
            ForEach([Document.Create(null, @"tags\c#.html", "")], _ => throw boom));

        Assert.Equal("tags/c#.html", ex.DocumentPath);
        Assert.Same(boom, ex.InnerException);
    }

    [Fact]
    public async Task ForEachAsync_without_any_path_still_wraps_the_failure()
    {
        var ex = await Assert.ThrowsAsync<DocumentProcessingException>(() =>
            ForEach([Document.Create(null, null, "")], _ => throw new InvalidOperationException("x")));

        Assert.Null(ex.DocumentPath);
        Assert.Contains("(без пути)", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Runs two documents that both fail while both are inside the transform, so Parallel.For collects two
    /// failures in whatever order the threads finish. Repeated, because a wrong choice may be right by luck.
    /// </summary>
    private static async Task AssertBothFailAndFirstIsReported(Document first, Document second, Action<DocumentProcessingException> check)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            using var barrier = new Barrier(2);
            var missed = 0;
            var ex = await Assert.ThrowsAsync<DocumentProcessingException>(() =>
                ForEach([first, second], d =>
                {
                    if (!barrier.SignalAndWait(TestTimeouts.Long))
                    {
                        Interlocked.Increment(ref missed);
                    }

                    throw new InvalidOperationException(d.Content);
                }));

            Assert.Equal(0, missed); // both documents were in the transform at once
            check(ex);
        }
    }

    [Fact]
    public async Task ForEachAsync_reports_the_first_failing_document_in_input_order()
    {
        await AssertBothFailAndFirstIsReported(Docs.Page("z.md", "z"), Docs.Page("a.md", "a"), ex =>
        {
            Assert.Equal("z.md", ex.DocumentPath);
            Assert.Equal("z", ex.InnerException!.Message);
        });
    }

    [Fact]
    public async Task ForEachAsync_reports_the_first_failing_document_even_without_paths()
    {
        await AssertBothFailAndFirstIsReported(Document.Create(null, null, "first"), Document.Create(null, null, "second"), ex =>
        {
            Assert.Null(ex.DocumentPath);
            Assert.Equal("first", ex.InnerException!.Message);
        });
    }

    private static async Task<T?> CaptureExceptionOf<T>(Func<IExecutionContext, Task> probe)
        where T : Exception
    {
        T? caught = null;
        var pipeline = new Pipeline("p", process:
        [
            new RunCode(async (input, ctx) =>
            {
                try
                {
                    await probe(ctx);
                }
                catch (T ex)
                {
                    caught = ex;
                }

                return input;
            }),
        ]);

        await new Engine([pipeline]).RunAsync();
        return caught;
    }
}
