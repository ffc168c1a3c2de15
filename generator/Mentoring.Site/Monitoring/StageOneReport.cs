namespace Mentoring.Site.Monitoring;

/// <summary>Stage 1 of a year: the scores, their computed sum and band, the scale chart and the table.</summary>
public sealed class StageOneReport(IReadOnlyList<ScoreRow> scores, int total, int max, string band, string bandRange, string? note,
    MonitoringChart chart, DataTable table)
{
    public IReadOnlyList<ScoreRow> Scores { get; } = scores;

    public int Total { get; } = total;

    public int Max { get; } = max;

    /// <summary>«16 из 18 баллов», «20 из 21 балла».</summary>
    public string TotalLabel => $"{RussianFormat.Number(Total)} из {RussianFormat.CountGenitive(Max, UnitForms.Points)}";

    /// <summary>«16 из 18»: the figure of a key-figure card, whose word (<see cref="ScoreUnit"/>) goes with the label.</summary>
    public string Score => $"{RussianFormat.Number(Total)} из {RussianFormat.Number(Max)}";

    /// <summary>The word after «из 18»: «баллов» (and «балла» after «из 1», «из 21»).</summary>
    public string ScoreUnit => Text.RussianPlural.Choose(Max, "балла", "баллов", "баллов");

    /// <summary>The band's title: «оптимальный».</summary>
    public string Band { get; } = band;

    /// <summary>«15–18 баллов».</summary>
    public string BandRange { get; } = bandRange;

    public string? Note { get; } = note;

    /// <summary>The total on the scale of bands.</summary>
    public MonitoringChart Chart { get; } = chart;

    /// <summary>Scores per indicator with the sum and band in the last rows.</summary>
    public DataTable Table { get; } = table;
}
