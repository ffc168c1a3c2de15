using Mentoring.Site.Monitoring;

namespace Mentoring.Site.Tests.Monitoring;

public sealed class ComplementarySuppressionTests
{
    private const CellState S = CellState.Shown;
    private const CellState Small = CellState.Small;
    private const CellState C = CellState.Complementary;

    private static SuppressionResult Apply(int[][] counts, TableMargins margins, int threshold = 5) =>
        ComplementarySuppression.Apply(counts, threshold, margins);

    private static CellState[] Row(SuppressionResult r, int row) => [.. Enumerable.Range(0, r.Columns).Select(c => r[row, c])];

    [Fact]
    public void A_full_table_with_no_small_counts_hides_nothing()
    {
        var r = Apply([[10, 12], [8, 15]], TableMargins.Both);
        Assert.Equal(0, r.HiddenCount);
        Assert.Equal(S, r.RowTotal(0));
        Assert.Equal(S, r.ColumnTotal(1));
        Assert.Equal(S, r.GrandTotal);
    }

    [Fact]
    public void A_single_small_cell_in_a_row_hides_the_next_smallest_of_that_row()
    {
        var r = Apply([[3, 12, 10]], TableMargins.RowTotals);
        Assert.Equal([Small, S, C], Row(r, 0));
        Assert.Equal(S, r.RowTotal(0));
    }

    [Fact]
    public void A_single_small_cell_in_a_column_hides_the_next_smallest_of_that_column()
    {
        var r = Apply([[3], [10], [7]], TableMargins.ColumnTotals);
        Assert.Equal([Small, S, C], new[] { r[0, 0], r[1, 0], r[2, 0] });
        Assert.Equal(S, r.ColumnTotal(0));
    }

    [Fact]
    public void Two_small_cells_in_a_row_protect_each_other()
    {
        var r = Apply([[3, 2, 16]], TableMargins.RowTotals);
        Assert.Equal([Small, Small, S], Row(r, 0));
        Assert.Equal(S, r.RowTotal(0));
    }

    [Fact]
    public void Complementary_cells_cascade_through_rows_and_columns_until_stable()
    {
        // Row 0: 3 is small, 10 goes with it. Column 0 then has 3 alone: 8 goes. Column 1 has 10 alone: 12 goes.
        var r = Apply([[3, 10, 20], [8, 12, 9]], TableMargins.Both);
        Assert.Equal([Small, C, S], Row(r, 0));
        Assert.Equal([C, C, S], Row(r, 1));
        Assert.Equal(S, r.RowTotal(0));
        Assert.Equal(S, r.RowTotal(1));
        Assert.Equal(S, r.ColumnTotal(0));
        Assert.Equal(S, r.GrandTotal);
    }

    [Fact]
    public void Zero_is_never_chosen_as_a_complementary_cell()
    {
        var r = Apply([[3, 0, 10]], TableMargins.RowTotals);
        Assert.Equal([Small, S, C], Row(r, 0));
    }

    [Fact]
    public void Zeros_are_shown_and_never_hidden_as_small()
    {
        var r = Apply([[0, 0], [0, 7]], TableMargins.Both);
        Assert.Equal(0, r.HiddenCount);
    }

    [Fact]
    public void When_only_zeros_are_left_the_total_of_the_line_is_hidden()
    {
        // Column 1 is 7 over 0: once 7 is hidden to protect 3, only its total could give it away.
        var r = Apply([[3, 7], [0, 0]], TableMargins.Both);
        Assert.Equal([Small, C], Row(r, 0));
        Assert.Equal([S, S], Row(r, 1));
        Assert.Equal(Small, r.ColumnTotal(0));
        Assert.Equal(C, r.ColumnTotal(1));
        Assert.Equal(S, r.RowTotal(0));
        Assert.Equal(S, r.GrandTotal);
    }

    [Fact]
    public void A_small_total_is_hidden_and_cascades_into_the_totals_line()
    {
        var r = Apply([[2, 2], [10, 10]], TableMargins.Both);
        Assert.Equal([Small, Small], Row(r, 0));
        Assert.Equal([C, C], Row(r, 1));
        Assert.Equal(Small, r.RowTotal(0));
        Assert.Equal(C, r.RowTotal(1));
        Assert.Equal(S, r.ColumnTotal(0));
        Assert.Equal(S, r.GrandTotal);
    }

    [Fact]
    public void Ties_choose_the_first_cell()
    {
        var r = Apply([[3, 6, 6]], TableMargins.RowTotals);
        Assert.Equal([Small, C, S], Row(r, 0));
    }

    [Fact]
    public void The_threshold_decides_what_is_small()
    {
        var r = Apply([[2, 3, 10]], TableMargins.RowTotals, threshold: 3);
        Assert.Equal([Small, C, S], Row(r, 0));
    }

    [Fact]
    public void Without_published_totals_only_small_counts_are_hidden()
    {
        var r = Apply([[1, 2, 30]], TableMargins.None);
        Assert.Equal([Small, Small, S], Row(r, 0));
        Assert.Throws<InvalidOperationException>(() => r.RowTotal(0));
    }

    [Fact]
    public void Random_tables_never_leave_a_line_with_exactly_one_hidden_cell()
    {
        var random = new Random(20240901);
        for (var run = 0; run < 500; run++)
        {
            var rows = random.Next(1, 5);
            var columns = random.Next(1, 6);
            var margins = (TableMargins)random.Next(1, 4);
            var counts = Enumerable.Range(0, rows).Select(_ => Enumerable.Range(0, columns).Select(_ => random.Next(0, 4) == 0 ? 0 : random.Next(1, 16)).ToArray()).ToArray();
            var r = ComplementarySuppression.Apply(counts, 5, margins);

            for (var i = 0; i < rows; i++)
            {
                for (var j = 0; j < columns; j++)
                {
                    var v = counts[i][j];
                    if (v is > 0 and < 5)
                    {
                        Assert.Equal(Small, r[i, j]);
                    }
                    else if (v == 0)
                    {
                        Assert.Equal(S, r[i, j]);
                    }
                    else
                    {
                        Assert.NotEqual(Small, r[i, j]);
                    }
                }
            }

            foreach (var line in Lines(r, rows, columns, margins))
            {
                Assert.NotEqual(1, line.Count(s => s != S));
            }
        }
    }

    private static IEnumerable<List<CellState>> Lines(SuppressionResult r, int rows, int columns, TableMargins margins)
    {
        var rowTotals = margins.HasFlag(TableMargins.RowTotals);
        var columnTotals = margins.HasFlag(TableMargins.ColumnTotals);
        if (rowTotals)
        {
            for (var i = 0; i < rows; i++)
            {
                yield return [.. Enumerable.Range(0, columns).Select(j => r[i, j]), r.RowTotal(i)];
            }

            if (columnTotals)
            {
                yield return [.. Enumerable.Range(0, columns).Select(r.ColumnTotal), r.GrandTotal];
            }
        }

        if (columnTotals)
        {
            for (var j = 0; j < columns; j++)
            {
                yield return [.. Enumerable.Range(0, rows).Select(i => r[i, j]), r.ColumnTotal(j)];
            }

            if (rowTotals)
            {
                yield return [.. Enumerable.Range(0, rows).Select(r.RowTotal), r.GrandTotal];
            }
        }
    }

    [Fact]
    public void Ragged_or_negative_tables_are_programming_errors()
    {
        Assert.Throws<ArgumentException>(() => ComplementarySuppression.Apply([[1, 2], [3]], 5, TableMargins.Both));
        Assert.Throws<ArgumentException>(() => ComplementarySuppression.Apply([[1, -2]], 5, TableMargins.Both));
    }

    [Fact]
    public void Display_texts_never_show_a_hidden_number()
    {
        Assert.Equal("менее\u00A05", SuppressedText.Count(3, CellState.Small, 5));
        Assert.Equal("скрыто", SuppressedText.Count(12, CellState.Complementary, 5));
        Assert.Equal("0", SuppressedText.Count(0, CellState.Shown, 5));
        Assert.Equal("менее\u00A03", SuppressedText.Count(2, CellState.Small, 3));
        Assert.Equal("нет данных: менее\u00A05\u00A0участников", SuppressedText.NoData(5));
    }
}
