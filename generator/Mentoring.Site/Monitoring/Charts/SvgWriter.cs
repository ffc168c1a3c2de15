using System.Globalization;
using System.Text;
using Mentoring.Site.Text;

namespace Mentoring.Site.Monitoring.Charts;

/// <summary>
/// Writes SVG markup by hand: escaped text, coordinates in the invariant culture (never a decimal comma),
/// nothing random, so the same data always gives the same bytes.
/// </summary>
internal sealed class SvgWriter
{
    public const double FontSize = 13;
    public const double SmallFontSize = 12;

    private readonly StringBuilder _sb = new();

    /// <summary>A coordinate: invariant, at most two decimals.</summary>
    public static string F(double v) => Math.Round(v, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>
    /// Russian typography for the words a person reads (labels, title, desc): the page's own typography pass
    /// copies SVG byte for byte, so the charts typeset their text themselves. Never for ids or coordinates.
    /// </summary>
    public static string Typeset(string text) => Typography.ApplyToText(text);

    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default:
                    // Characters XML 1.0 forbids are dropped rather than breaking the document.
                    if (c >= 0x20 || c is '\t' or '\n' or '\r')
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Opens the root with role="img", title, desc (both typeset) and aria-labelledby; scales to the width of its container.
    /// Its fill is the text colour (<see cref="Paint.Text"/>, class mnt-chart in the stylesheet), which every text inherits.
    /// </summary>
    public void Open(string id, double width, double height, string title, string description)
    {
        _sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").Append(Escape(id))
            .Append("\" class=\"mnt-chart\" role=\"img\" aria-labelledby=\"").Append(Escape(id)).Append("-title ").Append(Escape(id)).Append("-desc\"")
            .Append(" viewBox=\"0 0 ").Append(F(width)).Append(' ').Append(F(height)).Append('"')
            .Append(" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\"")
            .Append(" font-size=\"").Append(F(FontSize)).Append("\" fill=\"").Append(Paint.Text.Fallback).Append("\">");
        _sb.Append("<title id=\"").Append(Escape(id)).Append("-title\">").Append(Escape(Typeset(title))).Append("</title>");
        _sb.Append("<desc id=\"").Append(Escape(id)).Append("-desc\">").Append(Escape(Typeset(description))).Append("</desc>");
    }

    public string Close()
    {
        _sb.Append("</svg>");
        return _sb.ToString();
    }

    public SvgWriter Raw(string markup)
    {
        _sb.Append(markup);
        return this;
    }

    /// <summary>
    /// The paint attributes of a shape: the classes the stylesheet paints (f-key, s-key) and the plain fill and stroke.
    /// No fill at all means «none»; a pattern is a url(#id) fill; <see cref="Paint.Text"/> is inherited from the root.
    /// </summary>
    public static string Paints(Paint? fill, Paint? stroke = null, string? fillUrl = null, bool hasFill = true)
    {
        var classes = new StringBuilder();
        var attrs = new StringBuilder();
        if (fillUrl is not null)
        {
            attrs.Append(" fill=\"url(#").Append(Escape(fillUrl)).Append(")\"");
        }
        else if (fill is not null && fill != Paint.Text)
        {
            classes.Append("f-").Append(fill.Key);
            attrs.Append(" fill=\"").Append(fill.Fallback).Append('"');
        }
        else if (fill is null && hasFill)
        {
            attrs.Append(" fill=\"none\"");
        }

        if (stroke is not null)
        {
            classes.Append(classes.Length > 0 ? " " : string.Empty).Append("s-").Append(stroke.Key);
            attrs.Append(" stroke=\"").Append(stroke.Fallback).Append('"');
        }

        return classes.Length > 0 ? $" class=\"{classes}\"{attrs}" : attrs.ToString();
    }

    public void Rect(double x, double y, double w, double h, Paint? fill, Paint? stroke = null, string? fillUrl = null, string extra = "")
    {
        _sb.Append("<rect x=\"").Append(F(x)).Append("\" y=\"").Append(F(y)).Append("\" width=\"").Append(F(Math.Max(0, w)))
            .Append("\" height=\"").Append(F(Math.Max(0, h))).Append('"').Append(Paints(fill, stroke, fillUrl)).Append(extra).Append("/>");
    }

    public void Line(double x1, double y1, double x2, double y2, Paint stroke, double width = 1, string extra = "")
    {
        _sb.Append("<line x1=\"").Append(F(x1)).Append("\" y1=\"").Append(F(y1)).Append("\" x2=\"").Append(F(x2)).Append("\" y2=\"").Append(F(y2))
            .Append('"').Append(Paints(null, stroke, hasFill: false)).Append(width == 1 ? string.Empty : $" stroke-width=\"{F(width)}\"").Append(extra).Append("/>");
    }

    public void Circle(double cx, double cy, double r, Paint? fill, Paint? stroke = null, double strokeWidth = 2)
    {
        _sb.Append("<circle cx=\"").Append(F(cx)).Append("\" cy=\"").Append(F(cy)).Append("\" r=\"").Append(F(r)).Append('"')
            .Append(Paints(fill, stroke)).Append(stroke is null ? string.Empty : $" stroke-width=\"{F(strokeWidth)}\"").Append("/>");
    }

    public void Polygon(IEnumerable<(double X, double Y)> points, Paint fill)
    {
        _sb.Append("<polygon points=\"").Append(string.Join(' ', points.Select(p => F(p.X) + "," + F(p.Y)))).Append('"').Append(Paints(fill)).Append("/>");
    }

    /// <summary>Text, typeset; <paramref name="anchor"/> is start, middle or end.</summary>
    public void Text(double x, double y, string text, string anchor = "start", double? size = null, bool bold = false, Paint? fill = null)
    {
        _sb.Append("<text x=\"").Append(F(x)).Append("\" y=\"").Append(F(y)).Append('"');
        if (anchor != "start")
        {
            _sb.Append(" text-anchor=\"").Append(anchor).Append('"');
        }

        if (size is { } s)
        {
            _sb.Append(" font-size=\"").Append(F(s)).Append('"');
        }

        if (bold)
        {
            _sb.Append(" font-weight=\"bold\"");
        }

        _sb.Append(Paints(fill ?? Paint.Text)).Append('>').Append(Escape(Typeset(text))).Append("</text>");
    }

    /// <summary>The fill patterns of the series, so a series is told apart without colour: solid, stripes, dots, crosses.</summary>
    public void SeriesPattern(string id, int index, Paint paint)
    {
        var kind = index % 4;
        if (kind == 0)
        {
            return;
        }

        _sb.Append("<pattern id=\"").Append(Escape(id)).Append("\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\"")
            .Append(kind == 1 ? " patternTransform=\"rotate(45)\"" : string.Empty).Append('>');
        Rect(0, 0, 6, 6, paint);
        switch (kind)
        {
            case 1:
                Line(1.5, 0, 1.5, 6, Paint.Background, 2);
                break;
            case 2:
                Circle(3, 3, 1.3, Paint.Background);
                break;
            default:
                Line(0, 3, 6, 3, Paint.Background, 1.2);
                Line(3, 0, 3, 6, Paint.Background, 1.2);
                break;
        }

        _sb.Append("</pattern>");
    }

    /// <summary>The hatching of a hidden value: thin diagonal lines on nothing.</summary>
    public void HatchPattern(string id)
    {
        _sb.Append("<pattern id=\"").Append(Escape(id)).Append("\" patternUnits=\"userSpaceOnUse\" width=\"5\" height=\"5\" patternTransform=\"rotate(45)\">");
        Line(0, 0, 0, 5, Paint.Hidden, 1.5);
        _sb.Append("</pattern>");
    }

    /// <summary>Fill of series <paramref name="index"/>: the plain colour or its pattern.</summary>
    public static (Paint? Fill, string? Url) SeriesFill(string chartId, int index) =>
        index % 4 == 0 ? (Paint.Series(index), null) : (null, $"{chartId}-s{index.ToString(CultureInfo.InvariantCulture)}");
}
