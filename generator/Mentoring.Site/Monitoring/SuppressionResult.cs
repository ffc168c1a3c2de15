namespace Mentoring.Site.Monitoring;

/// <summary>
/// Which cells of a table of counts are hidden, and why. Cells are addressed by row and column of the
/// table without its totals; the totals have their own accessors.
/// </summary>
public sealed class SuppressionResult
{
    private readonly CellState[][] _grid;

    internal SuppressionResult(CellState[][] grid, int rows, int columns, TableMargins margins)
    {
        _grid = grid;
        Rows = rows;
        Columns = columns;
        Margins = margins;
    }

    public int Rows { get; }

    public int Columns { get; }

    public TableMargins Margins { get; }

    public CellState this[int row, int column]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(row);
            ArgumentOutOfRangeException.ThrowIfNegative(column);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Rows);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, Columns);
            return _grid[row][column];
        }
    }

    /// <summary>The state of the total of <paramref name="row"/>; <see cref="CellState.Shown"/> is meaningless without row totals.</summary>
    public CellState RowTotal(int row)
    {
        if (!Margins.HasFlag(TableMargins.RowTotals))
        {
            throw new InvalidOperationException("The table has no row totals.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Rows);
        return _grid[row][Columns];
    }

    public CellState ColumnTotal(int column)
    {
        if (!Margins.HasFlag(TableMargins.ColumnTotals))
        {
            throw new InvalidOperationException("The table has no column totals.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, Columns);
        return _grid[Rows][column];
    }

    public CellState GrandTotal
    {
        get
        {
            if (Margins != TableMargins.Both)
            {
                throw new InvalidOperationException("The table has no grand total.");
            }

            return _grid[Rows][Columns];
        }
    }

    /// <summary>Number of hidden cells, totals included.</summary>
    public int HiddenCount => _grid.Sum(r => r.Count(s => s != CellState.Shown));
}
