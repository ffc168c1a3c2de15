namespace Mentoring.Site.Monitoring;

/// <summary>
/// Small-count and complementary suppression of a table of counts of people, as a pure function.
/// <para>
/// Primary: every count from 1 to threshold − 1, totals included, is hidden («менее 5»). Complementary: each
/// published total is an equation; a line (a row with its total, a column with its total, and the line of the
/// totals with the grand total) with exactly one hidden cell would let anyone compute it. So in such a line the
/// smallest cell that is still shown and greater than 0 is hidden too, and this repeats until no line has exactly
/// one hidden cell.
/// </para>
/// <para>
/// Zeros are never chosen. A zero is usually known to be zero (the school had no groups of that model), so hiding
/// it protects nothing: the hidden small cell would still be the line's total minus the shown cells. When a line has
/// no shown positive inner cell left, its total is hidden instead (the total is always positive then).
/// </para>
/// <para>
/// This is the usual "no line with a single suppression" rule of school statistics, not a full linear-programming
/// audit: it stops exact computation from one total, which is what the school's rule asks for.
/// </para>
/// </summary>
public static class ComplementarySuppression
{
    /// <summary>
    /// Decides which cells of <paramref name="counts"/> (rows of equal length, totals not included: they are
    /// computed) are hidden when the table publishes the totals named by <paramref name="margins"/>.
    /// </summary>
    public static SuppressionResult Apply(IReadOnlyList<IReadOnlyList<int>> counts, int threshold, TableMargins margins)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 1);
        var rows = counts.Count;
        var columns = rows == 0 ? 0 : counts[0].Count;
        foreach (var row in counts)
        {
            if (row.Count != columns)
            {
                throw new ArgumentException("All rows must have the same number of columns.", nameof(counts));
            }

            if (row.Any(v => v < 0))
            {
                throw new ArgumentException("Counts of people cannot be negative.", nameof(counts));
            }
        }

        var rowTotals = margins.HasFlag(TableMargins.RowTotals);
        var columnTotals = margins.HasFlag(TableMargins.ColumnTotals);

        // The table with all its totals: row totals in column `columns`, column totals in row `rows`.
        var height = rows + 1;
        var width = columns + 1;
        var values = new long[height][];
        var states = new CellState[height][];
        for (var i = 0; i < height; i++)
        {
            values[i] = new long[width];
            states[i] = new CellState[width];
        }

        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                var v = counts[i][j];
                values[i][j] = v;
                values[i][columns] += v;
                values[rows][j] += v;
                values[rows][columns] += v;
            }
        }

        var published = new bool[height][];
        for (var i = 0; i < height; i++)
        {
            published[i] = new bool[width];
            for (var j = 0; j < width; j++)
            {
                var isRowTotal = j == columns;
                var isColumnTotal = i == rows;
                published[i][j] = (!isRowTotal || rowTotals) && (!isColumnTotal || columnTotals);
                if (published[i][j] && values[i][j] > 0 && values[i][j] < threshold)
                {
                    states[i][j] = CellState.Small;
                }
            }
        }

        var lines = BuildLines(rows, columns, rowTotals, columnTotals);
        bool changed;
        do
        {
            changed = false;
            foreach (var line in lines)
            {
                var hidden = line.Count(c => states[c.Row][c.Column] != CellState.Shown);
                if (hidden != 1)
                {
                    continue;
                }

                var candidate = PickCandidate(line, values, states);
                if (candidate is { } c)
                {
                    states[c.Row][c.Column] = CellState.Complementary;
                    changed = true;
                }
            }
        }
        while (changed);

        return new SuppressionResult(states, rows, columns, margins);
    }

    /// <summary>The smallest shown positive inner cell of the line (first one on a tie), else the line's total.</summary>
    private static (int Row, int Column)? PickCandidate(List<(int Row, int Column)> line, long[][] values, CellState[][] states)
    {
        (int Row, int Column)? best = null;
        for (var k = 0; k < line.Count - 1; k++)
        {
            var (r, c) = line[k];
            if (states[r][c] != CellState.Shown || values[r][c] <= 0)
            {
                continue;
            }

            if (best is not { } b || values[r][c] < values[b.Row][b.Column])
            {
                best = (r, c);
            }
        }

        if (best is not null)
        {
            return best;
        }

        var total = line[^1];
        return states[total.Row][total.Column] == CellState.Shown && values[total.Row][total.Column] > 0 ? total : null;
    }

    /// <summary>Every published equation, each as its cells with the total last.</summary>
    private static List<List<(int Row, int Column)>> BuildLines(int rows, int columns, bool rowTotals, bool columnTotals)
    {
        var lines = new List<List<(int, int)>>();
        if (rowTotals)
        {
            // Each row with its total; with column totals also the row of column totals with the grand total.
            for (var i = 0; i < rows + (columnTotals ? 1 : 0); i++)
            {
                var line = new List<(int, int)>(columns + 1);
                for (var j = 0; j <= columns; j++)
                {
                    line.Add((i, j));
                }

                lines.Add(line);
            }
        }

        if (columnTotals)
        {
            for (var j = 0; j < columns + (rowTotals ? 1 : 0); j++)
            {
                var line = new List<(int, int)>(rows + 1);
                for (var i = 0; i <= rows; i++)
                {
                    line.Add((i, j));
                }

                lines.Add(line);
            }
        }

        return lines;
    }
}
