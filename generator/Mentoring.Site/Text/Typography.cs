namespace Mentoring.Site.Text;

/// <summary>
/// Russian typography for text that the generator produces. Curators type titles and pages in
/// plain keyboard characters; a school site is expected to read like a printed document: «ёлочки»
/// with „лапками“ inside, an em dash between words, and no line that ends with a lone «в» or
/// starts with «г.». Doing it at build time means authors never type U+00A0 or «—» by hand.
/// </summary>
/// <remarks>
/// <para>The rules, in the order they are decided:</para>
/// <list type="number">
/// <item>Straight double quotes become «» outside and „“ when nested; opening or closing is decided
/// from the neighbours. Existing «» „“ stay and count for nesting.</item>
/// <item>No-break space after one- and two-letter words and short prepositions and conjunctions
/// (без, для, из-за, над, обо, под, при, про, через) when a word follows.</item>
/// <item>No-break space before the particles ли, ль, же, бы, б.</item>
/// <item>«№ 1», «2022 г.», «2022 года», «29 августа», «т. д.», «т. е.», «т. п.» and initials with a
/// surname («С. Н. Жигалова», «Жигалова С. Н.») are held together; missing spaces in «№1»,
/// «2022г.», «Е.В. Юферева», «т.д.» are supplied.</item>
/// <item>A hyphen or dash between words becomes a no-break space, «—» and a space; the one-sided
/// forms of pasted text («(далее –Программа)») are repaired for en and em dashes. A dash that
/// starts a line is dialogue or a list and is left alone.</item>
/// <item>Runs of spaces and tabs collapse to one space; line breaks and deliberate runs of
/// no-break spaces are kept.</item>
/// </list>
/// <para>URLs (http://, https://, mailto:, www.) and e-mail addresses are never changed.
/// Applying the rules twice gives the same result as applying them once.</para>
/// </remarks>
public static class Typography
{
    /// <summary>Typesets a plain-text string such as a title or a summary.</summary>
    public static string ApplyToText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = StringBuilderCache.Acquire(text.Length + 16);
        try
        {
            return TypographyEngine.Process(text, output) ? output.ToString() : text;
        }
        finally
        {
            StringBuilderCache.Release(output);
        }
    }

    /// <summary>
    /// Typesets the text of an HTML fragment the generator produced (Markdig output, templates).
    /// Tags, attributes, comments and the content of <c>code</c>, <c>pre</c>, <c>kbd</c>,
    /// <c>samp</c>, <c>script</c>, <c>style</c>, <c>textarea</c>, <c>svg</c> and <c>math</c> are
    /// copied byte for byte. Text flows through inline tags, so quotes nest across
    /// <c>&lt;em&gt;</c> and «в &lt;a&gt;школе&lt;/a&gt;» binds the preposition to the link;
    /// block tags end a paragraph. The references <c>&amp;quot;</c>, <c>&amp;nbsp;</c>,
    /// <c>&amp;laquo;</c>, <c>&amp;raquo;</c>, <c>&amp;bdquo;</c>, <c>&amp;ldquo;</c>,
    /// <c>&amp;rdquo;</c>, <c>&amp;ndash;</c>, <c>&amp;mdash;</c> (and their numeric forms) are read as
    /// their characters and written as raw characters; every other reference, including
    /// <c>&amp;amp;</c> and <c>&amp;lt;</c>, is kept as written, so the output stays valid HTML.
    /// </summary>
    /// <remarks>
    /// One forward scan builds the visible text with a placeholder per tag, the rules run over it,
    /// and the markup is copied back around the result; there is no DOM, so the cost is a few
    /// passes over the page and three pooled buffers. The rules run paragraph by paragraph, and a
    /// paragraph that recurs (the theme's menu and footer, a practice's card) is typeset once
    /// (<see cref="TypographyParagraphs"/>).
    /// </remarks>
    public static string ApplyToHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        using HtmlTextMap map = HtmlTextMap.Build(html);
        var typeset = StringBuilderCache.Acquire(map.Text.Length + 16);
        try
        {
            bool changed = TypographyParagraphs.Process(map.Text, typeset);
            if (!changed && !map.DecodedReferences)
            {
                return html;
            }

            return map.Expand(html, changed ? typeset : null);
        }
        finally
        {
            StringBuilderCache.Release(typeset);
        }
    }
}
