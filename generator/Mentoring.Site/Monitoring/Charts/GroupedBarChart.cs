using System.Globalization;
using System.Text;

namespace Mentoring.Site.Monitoring.Charts;

/// <summary>
/// Vertical bars grouped by category (years), one bar per series, each with its value printed above it and a
/// fill pattern per series, so nothing depends on colour alone. A hidden value is drawn as a short hatched,
/// dashed bar of fixed height labelled «менее 5» or «скрыто»: its height says nothing about the real value,
/// and the axis is scaled on the shown values only.
/// </summary>
public static class GroupedBarChart
{
    private const double Left = 36;
    private const double Right = 8;
    private const double BarWidth = 40;
    private const double GroupGap = 18;
    private const double PlotHeight = 150;
    private const double HiddenBarHeight = 14;

    public static MonitoringChart Render(string id, string title, string categoryHeader, IReadOnlyList<string> categories,
        IReadOnlyList<BarSeries> series, string? note = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(series);
        if (series.Any(s => s.Values.Count != categories.Count))
        {
            throw new ArgumentException("Every series needs one value per category.", nameof(series));
        }

        title = SvgWriter.Typeset(title);
        var description = SvgWriter.Typeset(Describe(title, categories, series, note));
        var groupWidth = Math.Max(1, series.Count) * BarWidth + GroupGap;
        var width = Math.Max(320, Left + Right + categories.Count * groupWidth);
        var legendHeight = series.Count * 20 + 8;
        var plotTop = legendHeight + 30;
        var baseline = plotTop + PlotHeight;
        var height = baseline + 26;

        var shownMax = series.SelectMany(s => s.Values).Where(v => !v.IsHidden).Select(v => v.Value).DefaultIfEmpty(0).Max();
        var (axisMax, step) = ChartScale.Nice(shownMax);

        var svg = new SvgWriter();
        svg.Open(id, width, height, title, description);
        svg.Raw("<defs>");
        for (var s = 0; s < series.Count; s++)
        {
            svg.SeriesPattern($"{id}-s{s.ToString(CultureInfo.InvariantCulture)}", s, Paint.Series(s));
        }

        svg.HatchPattern(id + "-hidden");
        svg.Raw("</defs>");

        // Legend: one line per series, swatch with the series' pattern.
        for (var s = 0; s < series.Count; s++)
        {
            var y = 6 + s * 20;
            var (fill, url) = SvgWriter.SeriesFill(id, s);
            svg.Rect(Left, y, 14, 14, fill, Paint.Axis, url);
            svg.Text(Left + 20, y + 12, series[s].Name);
        }

        // Grid and axis labels.
        for (var t = 0d; t <= axisMax + 1e-9; t += step)
        {
            var y = baseline - t / axisMax * PlotHeight;
            svg.Line(Left, y, width - Right, y, t == 0 ? Paint.Axis : Paint.Grid, 1);
            svg.Text(Left - 4, y + 4, RussianFormat.Number(t), "end", SvgWriter.SmallFontSize, fill: Paint.Axis);
        }

        for (var c = 0; c < categories.Count; c++)
        {
            var groupX = Left + c * groupWidth + GroupGap / 2;
            for (var s = 0; s < series.Count; s++)
            {
                var value = series[s].Values[c];
                var x = groupX + s * BarWidth + 2;
                var w = BarWidth - 4;
                var cx = x + w / 2;
                if (value.IsHidden)
                {
                    svg.Rect(x, baseline - HiddenBarHeight, w, HiddenBarHeight, null, Paint.Hidden, id + "-hidden", " stroke-dasharray=\"3 2\"");
                    WriteLabel(svg, cx, baseline - HiddenBarHeight - 4, value.Label);
                }
                else
                {
                    var h = value.Value / axisMax * PlotHeight;
                    var (fill, url) = SvgWriter.SeriesFill(id, s);
                    if (h > 0)
                    {
                        svg.Rect(x, baseline - h, w, h, fill, Paint.Axis, url, " stroke-width=\"0.5\"");
                    }

                    WriteLabel(svg, cx, baseline - h - 4, value.Label);
                }
            }

            svg.Text(groupX + series.Count * BarWidth / 2, baseline + 18, categories[c], "middle");
        }

        var table = new DataTable(title, [categoryHeader, .. series.Select(s => s.Name)],
            [.. categories.Select((c, i) => (IReadOnlyList<string>)[c, .. series.Select(s => s.Values[i].Label)])]);
        return new MonitoringChart(id, title, description, svg.Close(), table);
    }

    /// <summary>A label above a bar; «менее 5» goes on two lines so it fits the bar's width.</summary>
    private static void WriteLabel(SvgWriter svg, double cx, double y, string label)
    {
        var cut = label.LastIndexOfAny([' ', RussianFormat.NoBreakSpace]);
        if (TextWrap.Width(label, SvgWriter.SmallFontSize) > BarWidth + 4 && cut > 0)
        {
            svg.Text(cx, y - 14, label[..cut], "middle", SvgWriter.SmallFontSize);
            svg.Text(cx, y, label[(cut + 1)..], "middle", SvgWriter.SmallFontSize);
        }
        else
        {
            svg.Text(cx, y, label, "middle", SvgWriter.SmallFontSize, bold: true);
        }
    }

    private static string Describe(string title, IReadOnlyList<string> categories, IReadOnlyList<BarSeries> series, string? note)
    {
        var sb = new StringBuilder(title.TrimEnd('.')).Append('.');
        for (var c = 0; c < categories.Count; c++)
        {
            sb.Append(' ').Append(categories[c]).Append(": ");
            sb.Append(string.Join(", ", series.Select(s => $"{s.Name} — {s.Values[c].Spoken}")));
            sb.Append('.');
        }

        if (note is not null)
        {
            sb.Append(' ').Append(note);
        }

        return sb.ToString();
    }
}
