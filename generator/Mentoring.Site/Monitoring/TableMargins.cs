namespace Mentoring.Site.Monitoring;

/// <summary>Which totals a table of counts publishes: each published total is an equation an attacker can use.</summary>
[Flags]
public enum TableMargins
{
    None = 0,

    /// <summary>A total at the end of each row.</summary>
    RowTotals = 1,

    /// <summary>A total under each column.</summary>
    ColumnTotals = 2,

    /// <summary>Both, and then also the grand total.</summary>
    Both = RowTotals | ColumnTotals,
}
