namespace Mentoring.Site.Templates;

/// <summary>
/// Markup the generator itself produced (rendered Markdown, SVG charts). Templates write it as is;
/// every other value is HTML-escaped, so content can never inject markup through a template.
/// A page's fingerprint takes its <see cref="Fingerprint"/>; a body from the build cache knows it without its text.
/// </summary>
public sealed class RawHtml
{
    public static readonly RawHtml Empty = new(string.Empty);

    private readonly Func<string>? _load;
    private string? _value;
    private UInt128? _fingerprint;

    public RawHtml(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    private RawHtml(Func<string> load, UInt128 fingerprint)
    {
        _load = load;
        _fingerprint = fingerprint;
    }

    /// <summary>Markup given by <paramref name="load"/> when first written; <paramref name="fingerprint"/> is <see cref="Cache.Fingerprint.Of(string)"/> of it.</summary>
    public static RawHtml Lazy(Func<string> load, UInt128 fingerprint)
    {
        ArgumentNullException.ThrowIfNull(load);
        return new RawHtml(load, fingerprint);
    }

    public string Value => _value ??= _load!();

    /// <summary><see cref="Cache.Fingerprint.Of(string)"/> of <see cref="Value"/>.</summary>
    public UInt128 Fingerprint => _fingerprint ??= Cache.Fingerprint.Of(Value);

    public override string ToString() => Value;
}
