namespace Mentoring.Site.Monitoring;

/// <summary>
/// A table for templates: the accessible alternative of a chart, or a table of the page. Every cell is a
/// display string, hidden figures already replaced. The first cell of each row is its header (th scope="row").
/// </summary>
public sealed class DataTable(string caption, IReadOnlyList<string> columnHeaders, IReadOnlyList<IReadOnlyList<string>> rows)
{
    public string Caption { get; } = caption;

    public IReadOnlyList<string> ColumnHeaders { get; } = columnHeaders;

    public IReadOnlyList<IReadOnlyList<string>> Rows { get; } = rows;
}
