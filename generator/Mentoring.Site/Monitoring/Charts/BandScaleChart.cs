using System.Globalization;

namespace Mentoring.Site.Monitoring.Charts;

/// <summary>
/// The stage-1 total on its scale: a horizontal bar 0..max split into the bands (each with its own tint and
/// pattern and its range written inside), a marker at the total, and the total and band named in text above.
/// </summary>
public static class BandScaleChart
{
    private const double Width = 320;
    private const double Left = 14;
    private const double Right = 14;

    public static MonitoringChart Render(string id, string title, IReadOnlyList<BandSegment> bands, int max, int total)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(bands);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(total, max);
        var sorted = bands.OrderBy(b => b.From).ToList();
        var band = sorted.FirstOrDefault(b => total >= b.From && total <= b.To)
            ?? throw new ArgumentException("The total is in no band.", nameof(bands));

        title = SvgWriter.Typeset(title);
        var points = UnitForms.Points;
        var totalText = $"{RussianFormat.Number(total)} из {RussianFormat.Count(max, points)}";
        var description = SvgWriter.Typeset($"{title.TrimEnd('.')}. Итоговый балл — {totalText}, уровень «{band.Title}» ({Range(band)}). Шкала уровней: "
            + string.Join(", ", sorted.Select(b => $"«{b.Title}» — {Range(b)}")) + ".");

        var scaleWidth = Width - Left - Right;
        double X(double v) => Left + Math.Clamp(v, 0, max) / max * scaleWidth;
        const double barTop = 78;
        const double barHeight = 30;
        var legendTop = barTop + barHeight + 34;
        var height = legendTop + sorted.Count * 20 + 4;

        var svg = new SvgWriter();
        svg.Open(id, Width, height, title, description);
        svg.Raw("<defs>");
        for (var i = 0; i < sorted.Count; i++)
        {
            BandPattern(svg, $"{id}-b{i.ToString(CultureInfo.InvariantCulture)}", i);
        }

        svg.Raw("</defs>");
        svg.Text(Left, 18, $"Итог: {totalText}", bold: true);
        svg.Text(Left, 38, $"Уровень: {band.Title} ({Range(band)})");

        for (var i = 0; i < sorted.Count; i++)
        {
            var b = sorted[i];
            var x1 = X(b.From - 0.5);
            var x2 = X(b.To + 0.5);
            svg.Rect(x1, barTop, x2 - x1, barHeight, null, Paint.Axis, $"{id}-b{i.ToString(CultureInfo.InvariantCulture)}", " stroke-width=\"0.75\"");
            // Ranges under the bar, so the marker never crosses them; the legend repeats them in full.
            var label = RangeShort(b);
            if (TextWrap.Width(label, SvgWriter.SmallFontSize) + 4 <= x2 - x1)
            {
                svg.Text((x1 + x2) / 2, barTop + barHeight + 16, label, "middle", SvgWriter.SmallFontSize, fill: Paint.Axis);
            }
        }

        // The marker: a triangle over the bar and a line through it, with the total above.
        var mx = X(total);
        svg.Polygon([(mx - 7, barTop - 12), (mx + 7, barTop - 12), (mx, barTop - 1)], Paint.Marker);
        svg.Line(mx, barTop - 2, mx, barTop + barHeight + 4, Paint.Marker, 2.5);
        var anchor = mx < Left + 20 ? "start" : mx > Width - Right - 20 ? "end" : "middle";
        svg.Text(mx, barTop - 16, RussianFormat.Number(total), anchor, bold: true);

        for (var i = 0; i < sorted.Count; i++)
        {
            var y = legendTop + i * 20;
            svg.Rect(Left, y, 14, 14, null, Paint.Axis, $"{id}-b{i.ToString(CultureInfo.InvariantCulture)}");
            var mark = ReferenceEquals(sorted[i], band) ? " — итог года" : string.Empty;
            svg.Text(Left + 20, y + 12, $"{sorted[i].Title}: {Range(sorted[i])}{mark}", bold: mark.Length > 0);
        }

        var rows = new List<IReadOnlyList<string>>
        {
            new[] { "Итоговый балл", totalText },
            new[] { "Уровень", band.Title },
        };
        rows.AddRange(sorted.Select(b => (IReadOnlyList<string>)[$"Уровень «{b.Title}»", Range(b)]));
        var table = new DataTable(title, ["Показатель", "Значение"], rows);
        return new MonitoringChart(id, title, description, svg.Close(), table);
    }

    /// <summary>«15–18 баллов».</summary>
    public static string Range(BandSegment band)
    {
        ArgumentNullException.ThrowIfNull(band);
        var points = UnitForms.Points;
        return band.From == band.To
            ? RussianFormat.Count(band.To, points)
            : $"{RussianFormat.Number(band.From)}–{RussianFormat.Count(band.To, points)}";
    }

    private static string RangeShort(BandSegment b) =>
        b.From == b.To ? RussianFormat.Number(b.From) : $"{RussianFormat.Number(b.From)}–{RussianFormat.Number(b.To)}";

    /// <summary>Band tints, lowest first, each with its own texture: plain, dots, stripes, crosses.</summary>
    private static void BandPattern(SvgWriter svg, string id, int index)
    {
        var paint = Paint.Band(index);
        svg.Raw($"<pattern id=\"{SvgWriter.Escape(id)}\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\"{(index % 4 == 2 ? " patternTransform=\"rotate(45)\"" : string.Empty)}>");
        svg.Rect(0, 0, 8, 8, paint);
        switch (index % 4)
        {
            case 1:
                svg.Circle(4, 4, 1.2, Paint.Axis);
                break;
            case 2:
                svg.Line(2, 0, 2, 8, Paint.Axis, 0.8);
                break;
            case 3:
                svg.Line(0, 4, 8, 4, Paint.Axis, 0.8);
                svg.Line(4, 0, 4, 8, Paint.Axis, 0.8);
                break;
        }

        svg.Raw("</pattern>");
    }
}
