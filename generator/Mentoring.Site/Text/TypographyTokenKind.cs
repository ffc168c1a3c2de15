namespace Mentoring.Site.Text;

/// <summary>What a piece of text is, as far as the typography rules care.</summary>
internal enum TypographyTokenKind : byte
{
    /// <summary>Letters and digits, with inner hyphens and apostrophes («из-за», «Р-145»).</summary>
    Word,

    /// <summary>Spaces and tabs (ordinary or no-break) within a line.</summary>
    Space,

    /// <summary>A line break in plain text.</summary>
    Newline,

    /// <summary>A double quote of any style.</summary>
    Quote,

    /// <summary>A hyphen or dash that stands on its own, outside a word.</summary>
    Dash,

    /// <summary>A URL or an e-mail address, copied untouched.</summary>
    Protected,

    /// <summary>Any other single character: punctuation, «№», symbols.</summary>
    Other,

    /// <summary>Inline markup (<c>&lt;em&gt;</c>, <c>&lt;a …&gt;</c>, comments): invisible to the rules.</summary>
    InlineMarkup,

    /// <summary>Block markup (<c>&lt;p&gt;</c>, <c>&lt;li&gt;</c>, <c>&lt;pre&gt;…&lt;/pre&gt;</c>): a paragraph boundary.</summary>
    BlockMarkup,

    /// <summary><c>&lt;br&gt;</c>: a line boundary that does not end the paragraph.</summary>
    LineBreakMarkup,

    /// <summary>Markup that shows as an object inside a line (<c>&lt;code&gt;…&lt;/code&gt;</c>, <c>&lt;img&gt;</c>, an unknown entity).</summary>
    OpaqueMarkup,
}
