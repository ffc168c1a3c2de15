using System.Buffers;
using System.Text;

namespace Mentoring.Site.Text;

/// <summary>
/// The visible text of an HTML fragment, with each piece of markup replaced by one sentinel
/// character and remembered by its position in the HTML. Typography runs over this text; then
/// <see cref="Expand"/> puts the markup back, byte for byte. The text is never longer than the
/// HTML (a tag or a character reference becomes one character), so one pooled buffer suffices.
/// </summary>
internal sealed class HtmlTextMap : IDisposable
{
    private char[] _text;
    private int _length;
    private int[] _segments;
    private int _segmentCount;
    private int _segmentChars;

    private HtmlTextMap(int capacity)
    {
        _text = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));
        // Room for a tag every 16 characters or so, which is about what generated pages have.
        _segments = ArrayPool<int>.Shared.Rent(Math.Max(capacity / 8, 64));
    }

    /// <summary>Whether a typographic character reference (<c>&amp;quot;</c>, <c>&amp;nbsp;</c>…) was turned into its character.</summary>
    public bool DecodedReferences { get; private set; }

    public ReadOnlySpan<char> Text => _text.AsSpan(0, _length);

    public static HtmlTextMap Build(string html)
    {
        var map = new HtmlTextMap(html.Length);
        HtmlTextScanner.Scan(html, map);
        return map;
    }

    public void AppendText(ReadOnlySpan<char> text)
    {
        text.CopyTo(_text.AsSpan(_length));
        _length += text.Length;
    }

    public void AppendText(char c) => _text[_length++] = c;

    public void AppendDecoded(char c)
    {
        _text[_length++] = c;
        DecodedReferences = true;
    }

    public void AppendMarkup(char sentinel, int start, int length)
    {
        _text[_length++] = sentinel;
        if ((_segmentCount + 1) * 2 > _segments.Length)
        {
            int[] larger = ArrayPool<int>.Shared.Rent(_segments.Length * 2);
            _segments.AsSpan(0, _segmentCount * 2).CopyTo(larger);
            ArrayPool<int>.Shared.Return(_segments);
            _segments = larger;
        }

        _segments[_segmentCount * 2] = start;
        _segments[(_segmentCount * 2) + 1] = length;
        _segmentCount++;
        _segmentChars += length;
    }

    /// <summary>
    /// Rebuilds the HTML from typeset text (<paramref name="typeset"/>, or this map's own text
    /// when null), replacing each sentinel with its markup in order.
    /// </summary>
    public string Expand(string html, StringBuilder? typeset)
    {
        int textLength = typeset?.Length ?? _length;
        int total = textLength - _segmentCount + _segmentChars;
        return string.Create(total, (Map: this, Html: html, Typeset: typeset), static (destination, state) =>
        {
            int written = 0;
            int segment = 0;
            if (state.Typeset is null)
            {
                state.Map.ExpandInto(state.Map.Text, state.Html, destination, ref written, ref segment);
            }
            else
            {
                foreach (ReadOnlyMemory<char> chunk in state.Typeset.GetChunks())
                {
                    state.Map.ExpandInto(chunk.Span, state.Html, destination, ref written, ref segment);
                }
            }

            if (written != destination.Length || segment != state.Map._segmentCount)
            {
                throw new InvalidOperationException("Типографика потеряла или добавила разметку: это ошибка генератора.");
            }
        });
    }

    private void ExpandInto(ReadOnlySpan<char> text, string html, Span<char> destination, ref int written, ref int segment)
    {
        while (!text.IsEmpty)
        {
            int sentinel = text.IndexOfAnyInRange(TypographyChars.InlineSentinel, TypographyChars.OpaqueSentinel);
            ReadOnlySpan<char> run = sentinel < 0 ? text : text[..sentinel];
            run.CopyTo(destination[written..]);
            written += run.Length;
            if (sentinel < 0)
            {
                return;
            }

            ReadOnlySpan<char> markup = html.AsSpan(_segments[segment * 2], _segments[(segment * 2) + 1]);
            markup.CopyTo(destination[written..]);
            written += markup.Length;
            segment++;
            text = text[(sentinel + 1)..];
        }
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_text);
        ArrayPool<int>.Shared.Return(_segments);
        _text = [];
        _segments = [];
    }
}
