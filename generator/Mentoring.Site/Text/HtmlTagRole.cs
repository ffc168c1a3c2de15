namespace Mentoring.Site.Text;

/// <summary>How an HTML element affects typography around and inside it.</summary>
internal enum HtmlTagRole : byte
{
    /// <summary>A paragraph boundary (<c>p</c>, <c>li</c>, <c>td</c>…; also any element not listed).</summary>
    Block,

    /// <summary>Phrasing markup that the text flows through (<c>em</c>, <c>a</c>, <c>span</c>…).</summary>
    Inline,

    /// <summary><c>br</c>: a new line inside the same paragraph.</summary>
    LineBreak,

    /// <summary>An object within a line (<c>img</c>, <c>input</c>).</summary>
    Opaque,

    /// <summary>A block whose content is never typeset (<c>pre</c>, <c>script</c>, <c>style</c>).</summary>
    SkipAsBlock,

    /// <summary>An inline element whose content is never typeset (<c>code</c>, <c>kbd</c>, <c>samp</c>, <c>svg</c>…).</summary>
    SkipAsOpaque,
}
