using System.Text;

namespace Mentoring.Site.Monitoring.Charts;

/// <summary>
/// Stage 2: each parameter on its own track 0..max, a hollow circle at entry and a filled circle at the end
/// (told apart by shape, not colour), joined by a line, with both values written under the track.
/// A hidden value gets no circle, only its text («нет данных: менее 5 участников»).
/// </summary>
public static class DumbbellChart
{
    private const double Width = 320;
    private const double Left = 14;
    private const double Right = 14;
    private const double LineHeight = 16;

    public const string BeforeLabel = "на входе";
    public const string AfterLabel = "по итогам";

    public static MonitoringChart Render(string id, string title, IReadOnlyList<DumbbellRow> rows)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(rows);
        title = SvgWriter.Typeset(title);
        var description = SvgWriter.Typeset(Describe(title, rows));
        var scaleWidth = Width - Left - Right;
        var maxChars = TextWrap.CharsFor(scaleWidth, SvgWriter.FontSize);
        var maxBoldChars = TextWrap.CharsFor(scaleWidth, SvgWriter.FontSize, bold: true);

        var layouts = new List<(DumbbellRow Row, IReadOnlyList<string> Name, IReadOnlyList<string> Values, double Top)>();
        var y = 40d;
        foreach (var row in rows)
        {
            // Typeset before wrapping, so a line never ends with «в» or starts with «—».
            var name = TextWrap.Lines(SvgWriter.Typeset(row.Name), maxBoldChars);
            var values = ValueLines(row, maxChars);
            layouts.Add((row, name, values, y));
            y += name.Count * LineHeight + 34 + values.Count * LineHeight + 12;
        }

        var height = Math.Max(y, 60);
        var svg = new SvgWriter();
        svg.Open(id, Width, height, title, description);

        // Legend: the two shapes.
        svg.Circle(Left + 6, 16, 5.5, Paint.Background, Paint.Before);
        svg.Text(Left + 16, 20, BeforeLabel);
        var afterX = Left + 26 + TextWrap.Width(BeforeLabel, SvgWriter.FontSize);
        svg.Circle(afterX + 6, 16, 6, Paint.After);
        svg.Text(afterX + 16, 20, AfterLabel);

        foreach (var (row, name, values, top) in layouts)
        {
            var ty = top;
            foreach (var line in name)
            {
                ty += LineHeight;
                svg.Text(Left, ty, line, bold: true);
            }

            var trackY = ty + 16;
            var max = row.ScaleMax > 0 ? row.ScaleMax : 1;
            double X(double v) => Left + Math.Clamp(v, 0, max) / max * scaleWidth;
            var bothHidden = row.Before.IsHidden && row.After.IsHidden;
            svg.Line(Left, trackY, Width - Right, trackY, Paint.Grid, 3, bothHidden ? " stroke-dasharray=\"4 3\"" : string.Empty);
            if (!bothHidden)
            {
                svg.Text(Left, trackY + 16, "0", "start", SvgWriter.SmallFontSize, fill: Paint.Axis);
            }

            if (!bothHidden && row.ScaleMaxLabel.Length > 0)
            {
                svg.Text(Width - Right, trackY + 16, row.ScaleMaxLabel, "end", SvgWriter.SmallFontSize, fill: Paint.Axis);
            }
            if (!row.Before.IsHidden && !row.After.IsHidden)
            {
                svg.Line(X(row.Before.Value), trackY, X(row.After.Value), trackY, Paint.After, 3);
            }

            if (!row.Before.IsHidden)
            {
                svg.Circle(X(row.Before.Value), trackY, 6, Paint.Background, Paint.Before, 2.5);
            }

            if (!row.After.IsHidden)
            {
                svg.Circle(X(row.After.Value), trackY, 6, Paint.After);
            }

            var vy = trackY + 16;
            foreach (var line in values)
            {
                vy += LineHeight;
                svg.Text(Left, vy, line);
            }
        }

        var table = new DataTable(title, ["Параметр", "Участников", "На входе", "По итогам"],
            [.. rows.Select(r => (IReadOnlyList<string>)[r.Name, r.BaseLabel, r.Before.Label, r.After.Label])]);
        return new MonitoringChart(id, title, description, svg.Close(), table);
    }

    /// <summary>
    /// «на входе: 44 %; по итогам: 69 %» on one line when it fits, else one line each; one «нет данных…» when
    /// both values are hidden for the same reason.
    /// </summary>
    private static List<string> ValueLines(DumbbellRow row, int maxChars)
    {
        if (row.Before.IsHidden && row.After.IsHidden && row.Before.Label == row.After.Label)
        {
            return [.. TextWrap.Lines(SvgWriter.Typeset(row.Before.Label), maxChars)];
        }

        var before = SvgWriter.Typeset($"{BeforeLabel}: {row.Before.Label}");
        var after = SvgWriter.Typeset($"{AfterLabel}: {row.After.Label}");
        var one = SvgWriter.Typeset($"{before}; {after}");
        return one.Length <= maxChars ? [one] : [.. TextWrap.Lines(before, maxChars), .. TextWrap.Lines(after, maxChars)];
    }

    private static string Describe(string title, IReadOnlyList<DumbbellRow> rows)
    {
        var sb = new StringBuilder(title.TrimEnd('.')).Append('.');
        foreach (var r in rows)
        {
            sb.Append(' ').Append(r.Name).Append(": ").Append(BeforeLabel).Append(" — ").Append(r.Before.Spoken)
                .Append(", ").Append(AfterLabel).Append(" — ").Append(r.After.Spoken);
            if (r.BaseLabel is { Length: > 0 } and not "—")
            {
                sb.Append(" (участников: ").Append(r.BaseLabel).Append(')');
            }

            sb.Append('.');
        }

        return sb.ToString();
    }
}
