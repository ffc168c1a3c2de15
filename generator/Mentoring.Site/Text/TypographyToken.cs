namespace Mentoring.Site.Text;

/// <summary>
/// One token of the text being typeset, with the decisions the rules made about it. A mutable
/// struct in a pooled array, because a large page has hundreds of thousands of them.
/// </summary>
internal struct TypographyToken
{
    public TypographyTokenKind Kind;
    public QuoteRole Role;

    /// <summary>For significant tokens: the decision for the gap that follows.</summary>
    public GapAction Gap;

    /// <summary>The token's replacement character ('\0' keeps it): a typeset quote or «—».</summary>
    public char Replacement;

    public int Start;
    public int Length;

    /// <summary>When positive, a no-break space is inserted at this offset inside the token («2022г.»).</summary>
    public int SplitAt;

    /// <summary>
    /// For significant tokens: index of the single simple space token in the following gap,
    /// <see cref="NoSpace"/> when the gap holds no space, <see cref="ComplexSpace"/> when it holds
    /// several spaces or a deliberate run of no-break spaces that the rules must not touch.
    /// </summary>
    public int GapSpace;

    public const int NoSpace = -1;
    public const int ComplexSpace = -2;
}
