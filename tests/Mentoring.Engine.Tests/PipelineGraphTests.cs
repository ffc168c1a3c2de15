using System.Collections.Immutable;

namespace Mentoring.Engine.Tests;

public sealed class PipelineGraphTests
{
    private static Pipeline P(string name, params string[] dependencies) => new(name, dependencies);

    private static (string[] Order, ImmutableArray<Diagnostic> Diagnostics) Order(params Pipeline[] pipelines)
    {
        var bag = new DiagnosticBag();
        var ordered = PipelineGraph.Order(pipelines, bag);
        return ([.. ordered.Select(p => p.Name)], bag.Sorted());
    }

    [Fact]
    public void No_pipelines_give_an_empty_order_and_no_diagnostics()
    {
        var (order, diagnostics) = Order();

        Assert.Empty(order);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Independent_pipelines_are_ordered_ordinally()
    {
        var (order, diagnostics) = Order(P("pages"), P("Assets"), P("_redirects"), P("feed"), P("Каталог"));

        Assert.Equal(["Assets", "_redirects", "feed", "pages", "Каталог"], order);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_chain_runs_dependencies_first_whatever_the_declaration_order()
    {
        var (order, _) = Order(P("a", "b"), P("b", "c"), P("c"));

        Assert.Equal(["c", "b", "a"], order);
    }

    [Fact]
    public void A_diamond_is_ordered_topologically_with_ordinal_ties()
    {
        var (order, diagnostics) = Order(P("site", "pages", "library"), P("pages", "data"), P("library", "data"), P("data"));

        Assert.Equal(["data", "library", "pages", "site"], order);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Ties_are_broken_by_the_smallest_ready_name_not_by_a_plain_sort()
    {
        // "a" waits for "c"; "b" and "c" are ready first, so the order is b, c, a (a plain sort would start with a).
        var (order, _) = Order(P("a", "c"), P("b"), P("c"));

        Assert.Equal(["b", "c", "a"], order);
    }

    [Fact]
    public void A_pipeline_becomes_ready_as_soon_as_its_last_dependency_is_placed()
    {
        // m and z are ready; m goes first and frees y, which is smaller than z; a waits for z.
        var (order, _) = Order(P("z"), P("a", "z"), P("m"), P("y", "m"));

        Assert.Equal(["m", "y", "z", "a"], order);
    }

    [Fact]
    public void The_order_does_not_depend_on_the_declaration_order()
    {
        Pipeline[] pipelines = [P("site", "pages", "library"), P("pages", "data"), P("library", "data"), P("data"), P("assets"), P("feed", "pages")];
        var expected = Order(pipelines).Order;

        var random = new Random(12345);
        for (var i = 0; i < 50; i++)
        {
            var shuffled = pipelines.ToArray();
            random.Shuffle(shuffled);
            Assert.Equal(expected, Order(shuffled).Order);
        }

        Assert.Equal(["assets", "data", "library", "pages", "feed", "site"], expected);
    }

    [Fact]
    public void Order_returns_the_same_pipeline_instances()
    {
        var a = P("a");
        var b = P("b", "a");
        var bag = new DiagnosticBag();

        var ordered = PipelineGraph.Order([b, a], bag);

        Assert.Same(a, ordered[0]);
        Assert.Same(b, ordered[1]);
    }

    [Fact]
    public void Repeated_dependencies_count_once()
    {
        var pipeline = P("a", "b", "b");

        Assert.Equal(["b"], pipeline.Dependencies.AsEnumerable());
        Assert.Equal(["b", "a"], Order(pipeline, P("b")).Order);
    }

    [Fact]
    public void An_unknown_dependency_is_reported_naming_both_pipelines()
    {
        var (order, diagnostics) = Order(P("pages"), P("site", "pages", "ghost"));

        Assert.Empty(order);
        var d = Assert.Single(diagnostics);
        Assert.Equal(PipelineGraph.UnknownDependencyCode, d.Code);
        Assert.Equal("MNT0001", d.Code);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Contains("«site»", d.Message, StringComparison.Ordinal);
        Assert.Contains("«ghost»", d.Message, StringComparison.Ordinal);
        Assert.Null(d.Path);
    }

    [Fact]
    public void Every_unknown_dependency_is_reported()
    {
        var (order, diagnostics) = Order(P("a", "x"), P("b", "y", "a"));

        Assert.Empty(order);
        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal("MNT0001", d.Code));
        Assert.Contains(diagnostics, d => d.Message.Contains("«a»", StringComparison.Ordinal) && d.Message.Contains("«x»", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Message.Contains("«b»", StringComparison.Ordinal) && d.Message.Contains("«y»", StringComparison.Ordinal));
    }

    [Fact]
    public void A_two_pipeline_cycle_is_reported_with_its_path()
    {
        var (order, diagnostics) = Order(P("a", "b"), P("b", "a"));

        Assert.Empty(order);
        var d = Assert.Single(diagnostics);
        Assert.Equal(PipelineGraph.CycleCode, d.Code);
        Assert.Equal("MNT0002", d.Code);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Contains("a → b → a", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_longer_cycle_is_reported_with_its_full_path_along_the_dependencies()
    {
        var (order, diagnostics) = Order(P("a", "b"), P("b", "c"), P("c", "a"));

        Assert.Empty(order);
        var d = Assert.Single(diagnostics);
        Assert.Equal("MNT0002", d.Code);
        Assert.Contains("a → b → c → a", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cycle_path_follows_the_declared_direction()
    {
        // a depends on c, c on b, b on a: the path reads along "depends on".
        var (_, diagnostics) = Order(P("a", "c"), P("b", "a"), P("c", "b"));

        var d = Assert.Single(diagnostics);
        Assert.Contains("a → c → b → a", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_self_dependency_is_a_cycle()
    {
        var (order, diagnostics) = Order(P("other"), P("pages", "pages"));

        Assert.Empty(order);
        var d = Assert.Single(diagnostics);
        Assert.Equal("MNT0002", d.Code);
        Assert.Contains("pages → pages", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cycle_path_leaves_out_pipelines_that_only_lead_into_it()
    {
        // "0" depends on the cycle and is visited first, but is not part of it.
        var (order, diagnostics) = Order(P("0", "a"), P("a", "b"), P("b", "a"), P("free"));

        Assert.Empty(order);
        var d = Assert.Single(diagnostics);
        Assert.Contains(": a → b → a.", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("0 →", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("free", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_names_are_reported()
    {
        var (order, diagnostics) = Order(P("pages"), P("feed"), P("pages"));

        Assert.Empty(order);
        var d = Assert.Single(diagnostics);
        Assert.Equal(PipelineGraph.DuplicateNameCode, d.Code);
        Assert.Equal("MNT0003", d.Code);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Contains("«pages»", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_declared_three_times_is_reported_once_each_extra_time_and_printed_once()
    {
        var bag = new DiagnosticBag();

        var ordered = PipelineGraph.Order([P("pages"), P("pages"), P("pages")], bag);

        Assert.Empty(ordered);
        Assert.Equal(2, bag.ErrorCount);
        Assert.Equal("MNT0003", Assert.Single(bag.Sorted()).Code);
    }

    [Fact]
    public void Every_duplicated_name_is_reported()
    {
        var (_, diagnostics) = Order(P("pages"), P("feed"), P("pages"), P("feed"));

        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal("MNT0003", d.Code));
        Assert.Contains(diagnostics, d => d.Message.Contains("«feed»", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Message.Contains("«pages»", StringComparison.Ordinal));
    }

    [Fact]
    public void Names_differing_only_in_case_are_distinct()
    {
        var (order, diagnostics) = Order(P("pages"), P("Pages"));

        Assert.Equal(["Pages", "pages"], order);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Duplicates_and_unknown_dependencies_are_reported_together()
    {
        var (order, diagnostics) = Order(P("a"), P("a"), P("b", "ghost"));

        Assert.Empty(order);
        Assert.Equal(["MNT0001", "MNT0003"], diagnostics.Select(d => d.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Order_rejects_null_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => PipelineGraph.Order(null!, new DiagnosticBag()));
        Assert.Throws<ArgumentNullException>(() => PipelineGraph.Order([], null!));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_pipeline_needs_a_name(string name)
    {
        Assert.Throws<ArgumentException>(() => new Pipeline(name));
    }

    [Fact]
    public void A_pipeline_lists_its_modules_per_phase()
    {
        IModule i = new ReturnDefault(), p = new ReturnDefault(), pp = new ReturnDefault(), o = new ReturnDefault();
        var pipeline = new Pipeline("x", input: [i], process: [p], postProcess: [pp], output: [o]);

        Assert.Same(i, Assert.Single(pipeline.ModulesOf(Phase.Input)));
        Assert.Same(p, Assert.Single(pipeline.ModulesOf(Phase.Process)));
        Assert.Same(pp, Assert.Single(pipeline.ModulesOf(Phase.PostProcess)));
        Assert.Same(o, Assert.Single(pipeline.ModulesOf(Phase.Output)));
        Assert.Throws<ArgumentOutOfRangeException>(() => pipeline.ModulesOf((Phase)42));
        Assert.Empty(new Pipeline("empty").ModulesOf(Phase.Process));
    }
}
