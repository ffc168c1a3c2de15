using System.Globalization;

namespace Mentoring.Engine.Tests;

public sealed class DiagnosticTests
{
    // ---- Diagnostic ----

    [Fact]
    public void An_error_with_a_position_prints_in_the_editor_shape()
    {
        var d = Diagnostic.Error("MNT0100", "текст", "path", 3, 5);

        Assert.Equal("path(3,5): ошибка MNT0100: текст", d.ToString());
    }

    [Fact]
    public void A_warning_without_a_line_prints_the_path_only()
    {
        var d = Diagnostic.Warning("MNT0200", "текст", "path");

        Assert.Equal("path: предупреждение MNT0200: текст", d.ToString());
    }

    [Fact]
    public void A_diagnostic_without_a_path_prints_no_location()
    {
        var d = Diagnostic.Error("MNT0001", "текст");

        Assert.Equal("ошибка MNT0001: текст", d.ToString());
    }

    [Fact]
    public void A_line_without_a_column_prints_column_one()
    {
        Assert.Equal("content/a.md(12,1): предупреждение MNT0200: x", Diagnostic.Warning("MNT0200", "x", "content/a.md", 12).ToString());
    }

    [Fact]
    public void A_line_without_a_path_is_not_printed()
    {
        Assert.Equal("ошибка MNT0100: x", Diagnostic.Error("MNT0100", "x", null, 3, 5).ToString());
    }

    [Fact]
    public void The_printed_shape_does_not_depend_on_the_current_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ar-SA");
            Assert.Equal("p(1234,56): ошибка MNT0100: x", Diagnostic.Error("MNT0100", "x", "p", 1234, 56).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Factories_set_the_severity_and_every_field()
    {
        var error = Diagnostic.Error("MNT0100", "m", "p", 1, 2);
        var warning = Diagnostic.Warning("MNT0200", "w");

        Assert.Equal(new Diagnostic(Severity.Error, "MNT0100", "m", "p", 1, 2), error);
        Assert.Equal(new Diagnostic(Severity.Warning, "MNT0200", "w", null, 0, 0), warning);
    }

    // ---- DiagnosticBag ----

    [Fact]
    public void An_empty_bag_has_no_errors_or_warnings()
    {
        var bag = new DiagnosticBag();

        Assert.Equal(0, bag.ErrorCount);
        Assert.Equal(0, bag.WarningCount);
        Assert.False(bag.HasErrors);
        Assert.Empty(bag.Sorted());
    }

    [Fact]
    public void The_bag_counts_errors_and_warnings()
    {
        var bag = new DiagnosticBag();

        bag.Add(Diagnostic.Warning("MNT0200", "w1"));
        Assert.False(bag.HasErrors);

        bag.AddRange([Diagnostic.Error("MNT0100", "e1"), Diagnostic.Warning("MNT0201", "w2"), Diagnostic.Error("MNT0101", "e2")]);

        Assert.True(bag.HasErrors);
        Assert.Equal(2, bag.ErrorCount);
        Assert.Equal(2, bag.WarningCount);
    }

    [Fact]
    public void The_bag_rejects_null()
    {
        var bag = new DiagnosticBag();

        Assert.Throws<ArgumentNullException>(() => bag.Add(null!));
        Assert.Throws<ArgumentNullException>(() => bag.AddRange(null!));
    }

    [Fact]
    public async Task Adds_from_many_threads_are_all_counted()
    {
        const int Threads = 8;
        const int PerThread = 5_000;
        var bag = new DiagnosticBag();
        using var start = new Barrier(Threads);

        var workers = Enumerable.Range(0, Threads).Select(t => Task.Factory.StartNew(
            () =>
            {
                start.SignalAndWait(TestTimeouts.Long);
                for (var i = 0; i < PerThread; i++)
                {
                    var message = string.Create(CultureInfo.InvariantCulture, $"{t}-{i}");
                    bag.Add(i % 3 == 0 ? Diagnostic.Error("MNT0100", message, "a.md", t, i) : Diagnostic.Warning("MNT0200", message, "a.md", t, i));
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)).ToArray();
        await Task.WhenAll(workers).WaitAsync(TestTimeouts.Long * 3);

        var errorsPerThread = Enumerable.Range(0, PerThread).Count(i => i % 3 == 0);
        Assert.Equal(Threads * errorsPerThread, bag.ErrorCount);
        Assert.Equal(Threads * (PerThread - errorsPerThread), bag.WarningCount);
        Assert.Equal(Threads * PerThread, bag.Sorted().Length);
    }

    [Fact]
    public void Sorted_orders_by_path_then_line_then_column_then_code()
    {
        var expected = new[]
        {
            Diagnostic.Error("MNT0001", "без пути"),
            Diagnostic.Error("MNT0100", "x", "B.md", 1, 1),
            Diagnostic.Error("MNT0100", "x", "a.md"),
            Diagnostic.Error("MNT0100", "x", "a.md", 2, 1),
            Diagnostic.Error("MNT0100", "x", "a.md", 2, 7),
            Diagnostic.Warning("MNT0200", "x", "a.md", 2, 7),
            Diagnostic.Error("MNT0100", "x", "a.md", 10, 1),
            Diagnostic.Error("MNT0100", "x", "a/b.md", 1, 1),
            Diagnostic.Error("MNT0100", "x", "b.md", 1, 1),
        };

        var bag = new DiagnosticBag();
        bag.AddRange(expected.Reverse());

        Assert.Equal(expected, bag.Sorted());
    }

    [Fact]
    public void Sorted_removes_exact_duplicates_only()
    {
        var bag = new DiagnosticBag();
        var d = Diagnostic.Error("MNT0100", "текст", "a.md", 3, 5);

        bag.Add(d);
        bag.Add(Diagnostic.Error("MNT0100", "текст", "a.md", 3, 5));
        bag.Add(Diagnostic.Warning("MNT0100", "текст", "a.md", 3, 5));
        bag.Add(Diagnostic.Error("MNT0100", "другой текст", "a.md", 3, 5));
        bag.Add(Diagnostic.Error("MNT0100", "текст", "a.md", 3, 6));

        var sorted = bag.Sorted();

        Assert.Equal(4, sorted.Length);
        Assert.Single(sorted, x => x == d);
    }

    [Fact]
    public void Sorted_does_not_depend_on_the_order_of_adding()
    {
        Diagnostic[] all =
        [
            Diagnostic.Error("MNT0100", "b", "a.md", 1, 1),
            Diagnostic.Error("MNT0100", "a", "a.md", 1, 1),
            Diagnostic.Warning("MNT0100", "a", "a.md", 1, 1),
            Diagnostic.Error("MNT0101", "a", "a.md", 1, 1),
            Diagnostic.Warning("MNT0200", "w"),
            Diagnostic.Error("MNT0200", "w"),
            Diagnostic.Error("MNT0100", "a", "a.md", 1, 1),
        ];
        var reference = Sort(all);

        var random = new Random(7);
        for (var i = 0; i < 100; i++)
        {
            var shuffled = all.ToArray();
            random.Shuffle(shuffled);
            Assert.Equal(reference, Sort(shuffled));
        }

        Assert.Equal(6, reference.Length);

        static Diagnostic[] Sort(IEnumerable<Diagnostic> items)
        {
            var bag = new DiagnosticBag();
            bag.AddRange(items);
            return [.. bag.Sorted()];
        }
    }

    [Fact]
    public void Sorted_is_a_snapshot()
    {
        var bag = new DiagnosticBag();
        bag.Add(Diagnostic.Warning("MNT0200", "w"));

        var before = bag.Sorted();
        bag.Add(Diagnostic.Error("MNT0100", "e"));

        Assert.Single(before);
        Assert.Equal(2, bag.Sorted().Length);
    }
}
