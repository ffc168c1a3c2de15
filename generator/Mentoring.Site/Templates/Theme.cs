using System.Collections.Frozen;
using Mentoring.Engine;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Mentoring.Site.Templates;

/// <summary>
/// The layouts and partials of a build, parsed once and shared by every page. Files are looked up in
/// the site's own <c>layouts/</c> and <c>partials/</c> first, then in the theme, so a school can
/// override one template without copying the theme.
/// </summary>
public sealed class Theme : IDisposable
{
    public const string ParseErrorCode = "MNT0401";
    public const string RuntimeErrorCode = "MNT0402";
    public const string MissingLayoutCode = "MNT0403";

    private readonly FrozenDictionary<string, Template> _templates;
    private readonly FrozenDictionary<string, string> _displayPaths;
    private readonly ScriptObject _functions;

    private readonly ThreadLocal<EscapingTemplateContext> _contexts;

    private Theme(FrozenDictionary<string, Template> templates, FrozenDictionary<string, string> displayPaths, ScriptObject functions)
    {
        _templates = templates;
        _displayPaths = displayPaths;
        _functions = functions;
        _contexts = new ThreadLocal<EscapingTemplateContext>(CreateContext);
        Globals = new TemplateGlobals(name => _templates.TryGetValue(name, out var t) ? t : null);
    }

    /// <summary>
    /// The site's base URL for absolute links (<c>abs_url</c>, <c>href</c> on the 404 page): the one given to the build,
    /// or site.yml's, which the build sets once the data is read. Empty when there is none.
    /// </summary>
    public string BaseUrl { get; set; } = string.Empty;

    /// <summary>Which globals each layout reads, for the build cache.</summary>
    public TemplateGlobals Globals { get; }

    /// <summary>Template names available ("layouts/page.html", "partials/nav.html").</summary>
    public IEnumerable<string> Names => _templates.Keys;

    /// <summary>
    /// Loads every <c>*.html</c> under <c>layouts/</c> and <c>partials/</c> of the given roots (earlier roots win).
    /// <paramref name="displayRoot"/> is the folder paths in messages are relative to.
    /// </summary>
    public static Theme Load(IReadOnlyList<string> roots, string displayRoot, ScriptObject functions, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(roots);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var root in roots)
        {
            foreach (var folder in new[] { "layouts", "partials" })
            {
                var dir = Path.Combine(root, folder);
                if (!Directory.Exists(dir))
                {
                    continue;
                }

                foreach (var file in Directory.EnumerateFiles(dir, "*.html", SearchOption.AllDirectories))
                {
                    var name = folder + "/" + Path.GetRelativePath(dir, file).Replace('\\', '/');
                    files.TryAdd(name, file);
                }
            }
        }

        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var display = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, file) in files)
        {
            var shown = Path.GetRelativePath(displayRoot, file).Replace('\\', '/');
            display[name] = shown;
            var text = Content.SourceText.NormalizeLineEnds(File.ReadAllText(file));
            var template = Template.Parse(text, shown);
            if (template.HasErrors)
            {
                foreach (var m in template.Messages)
                {
                    diagnostics.Add(Diagnostic.Error(ParseErrorCode,
                        $"Ошибка в шаблоне: {m.Message}. Проверьте парность {{{{ }}}} и end у if/for.",
                        shown, m.Span.Start.Line + 1, m.Span.Start.Column + 1));
                }

                continue;
            }

            templates[name] = template;
        }

        return new Theme(templates.ToFrozenDictionary(StringComparer.Ordinal), display.ToFrozenDictionary(StringComparer.Ordinal), functions);
    }

    public bool Has(string name) => _templates.ContainsKey(name);

    public string DisplayPath(string name) => _displayPaths.TryGetValue(name, out var p) ? p : name;

    /// <summary>
    /// Renders <paramref name="name"/> with <paramref name="model"/> for the page at <paramref name="pageDestination"/>.
    /// Errors (undefined variables in strict mode, bad calls) are reported with the template's file, line and column,
    /// and the method returns null.
    /// </summary>
    public string? Render(string name, ScriptObject model, string pageDestination, string? sourcePath, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!_templates.TryGetValue(name, out var template))
        {
            diagnostics.Add(Diagnostic.Error(MissingLayoutCode,
                $"Нет шаблона «{name}». Укажите в поле layout один из имеющихся: {string.Join(", ", _templates.Keys.Where(k => k.StartsWith("layouts/", StringComparison.Ordinal)).Select(k => k["layouts/".Length..^".html".Length]))}.",
                sourcePath));
            return null;
        }

        // One context per thread, reused: a new Scriban context rebuilds its built-ins and member accessors
        // (dynamic methods) every time, which costs more than rendering a page.
        var context = _contexts.Value!;
        context.PageDestination = pageDestination;
        context.BaseUrl = BaseUrl;
        context.PageKind = model.TryGetValue("page", out var p) && p is PageModel page ? page.Kind : string.Empty;
        context.PushGlobal(model);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            var span = ex.Span;
            diagnostics.Add(Diagnostic.Error(RuntimeErrorCode,
                $"Ошибка при заполнении шаблона{(sourcePath is null ? string.Empty : $" для «{sourcePath}»")}: {ex.OriginalMessage}",
                span.FileName ?? DisplayPath(name), span.Start.Line + 1, span.Start.Column + 1));
            return null;
        }
        finally
        {
            context.PopGlobal();
            while (context.OutputCount > 1)
            {
                context.PopOutput();
            }
        }
    }

    public void Dispose() => _contexts.Dispose();

    private EscapingTemplateContext CreateContext()
    {
        var context = new EscapingTemplateContext(string.Empty)
        {
            Templates = _templates,
            StrictVariables = true,
            TemplateLoader = new Loader(this),
            LoopLimit = 1_000_000,
            RecursiveLimit = 64,
            EnableRelaxedMemberAccess = false,

            // Scriban cuts every value longer than 1 MB to "…" by default: a long page would lose its end, cut
            // mid-tag. The size of a page is bounded by the size of its file instead (limits.max_file_megabytes).
            LimitToString = 0,
        };
        foreach (var (key, value) in _templates)
        {
            context.CachedTemplates[key] = value;
        }

        context.PushGlobal(_functions);
        return context;
    }

    private sealed class Loader(Theme theme) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
            theme._templates.ContainsKey(templateName) ? templateName
                : throw new ScriptRuntimeException(callerSpan, $"нет шаблона «{templateName}» для include");

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            throw new ScriptRuntimeException(callerSpan, $"шаблон «{templatePath}» не загружен");

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}
