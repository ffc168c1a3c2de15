using System.Collections.Immutable;
using Mentoring.Engine;
using Mentoring.Site.Configuration;
using Mentoring.Site.Roadmap;
using Mentoring.Site.Text;
using Mentoring.Site.Yaml;

namespace Mentoring.Site.Section;

/// <summary>
/// Loads <c>site.yml</c> and <c>data/*.yml</c>, binds the known files to their types and checks what
/// the types alone cannot: allowed values, unique ids, references between files, files that must exist.
/// </summary>
public static class SiteDataLoader
{
    public const string MissingSiteYmlCode = "MNT0230";
    public const string BadValueCode = "MNT0231";
    public const string ConsentCode = "MNT0232";
    public const string DuplicateIdCode = "MNT0250";
    public const string UnknownReferenceCode = "MNT0251";
    public const string BadDocumentFileCode = "MNT0252";
    public const string DocumentTooLargeCode = "MNT0253";
    public const string BadIdCode = "MNT0255";

    public static readonly ImmutableArray<string> ActLevels = ["федеральный", "региональный", "муниципальный", "уровень ОО"];
    public static readonly ImmutableArray<string> RoadmapStatuses = ["запланировано", "в работе", "выполнено", "перенесено"];
    public static readonly ImmutableArray<string> DocumentExtensions = ["pdf", "doc", "docx", "xls", "xlsx", "odt", "ods"];

    /// <summary>The texts of site.yml and data files, by content-relative path.</summary>
    public static SiteData? Load(IReadOnlyDictionary<string, string> texts, string contentRoot, long maxDocumentBytes, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!texts.TryGetValue("site.yml", out var siteText))
        {
            diagnostics.Add(Diagnostic.Error(MissingSiteYmlCode,
                "Нет файла content/site.yml с названием школы и раздела. Создайте его (образец — в README, раздел «Содержимое»).",
                "site.yml"));
            return null;
        }

        var config = YamlBinder.Bind<SiteConfig>(YamlReader.Read(siteText, "site.yml", diagnostics), "site.yml", diagnostics);
        if (config is null)
        {
            if (!diagnostics.HasErrors)
            {
                diagnostics.Add(Diagnostic.Error(MissingSiteYmlCode, "Файл site.yml пуст. Заполните его (образец — в README).", "site.yml", 1, 1));
            }

            return null;
        }

        ValidateConfig(config, diagnostics);

        var nodes = new SortedDictionary<string, (string Path, YamlNode? Node)>(StringComparer.Ordinal);
        foreach (var (path, text) in texts)
        {
            if (!path.StartsWith("data/", StringComparison.Ordinal))
            {
                continue;
            }

            var name = Path.GetFileNameWithoutExtension(path);
            nodes[name] = (path, YamlReader.Read(text, path, diagnostics));
        }

        T? One<T>(string name) where T : class =>
            nodes.TryGetValue(name, out var n) ? YamlBinder.Bind<T>(n.Node, n.Path, diagnostics) : null;
        IReadOnlyList<T> List<T>(string name) where T : class =>
            nodes.TryGetValue(name, out var n) ? YamlBinder.BindList<T>(n.Node, n.Path, diagnostics) ?? [] : [];

        var acts = List<LegalAct>("acts");
        var forms = List<MentoringForm>("forms");
        var kinds = List<PracticeKind>("kinds");
        var documents = List<SchoolDocument>("documents");
        var roadmap = List<RoadmapGroup>("roadmap");
        var known = new HashSet<string>(["acts", "forms", "kinds", "management", "stages", "participants", "documents", "roadmap", "monitoring"], StringComparer.Ordinal);
        var other = ImmutableSortedDictionary.CreateBuilder<string, object?>(StringComparer.Ordinal);
        foreach (var (name, (_, node)) in nodes)
        {
            if (!known.Contains(name))
            {
                other[name] = YamlBinder.ToPlain(node);
            }
        }

        foreach (var act in acts)
        {
            CheckOneOf(act.Level, ActLevels, act, "level", diagnostics, v => act.Level = v);
            CheckUrl(act.Url, act, "url", diagnostics);
        }

        // Ids of forms, models and kinds are folders of the library's addresses (kopilka/forma/<id>/).
        CheckSlugs(forms, f => f.Id, "формы", diagnostics);
        CheckSlugs(forms.SelectMany(f => f.Models), m => m.Id, "модели", diagnostics);
        CheckSlugs(kinds, k => k.Id, "вида практики", diagnostics);
        CheckUnique(forms, f => f.Id, "форма", diagnostics);
        CheckUnique(forms.SelectMany(f => f.Models), m => m.Id, "модель", diagnostics);
        foreach (var form in forms)
        {
            foreach (var model in form.Models)
            {
                model.FormId = form.Id;
            }
        }

        CheckUnique(kinds, k => k.Id, "вид практики", diagnostics);
        CheckUnique(documents, d => d.Id, "документ", diagnostics);
        foreach (var doc in documents)
        {
            doc.Attachment = ResolveDocumentFile(doc, contentRoot, maxDocumentBytes, diagnostics);
        }

        var documentIds = documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var item in roadmap.SelectMany(g => g.Items))
        {
            CheckOneOf(item.Status, RoadmapStatuses, item, "status", diagnostics, v => item.Status = v);
            if (item.Done is not null && item.Status != "выполнено")
            {
                var (line, col) = item.PositionOf("done");
                diagnostics.Add(Diagnostic.Error(BadValueCode,
                    $"У мероприятия {item.Number} указана дата выполнения, но статус «{item.Status}». Поставьте статус «выполнено» или уберите поле done.",
                    item.SourcePath, line, col));
            }

            foreach (var id in item.Documents)
            {
                if (!documentIds.Contains(id))
                {
                    var (line, col) = item.PositionOf("documents");
                    var close = TextMatching.Closest(id, documentIds, 1);
                    diagnostics.Add(Diagnostic.Error(UnknownReferenceCode,
                        $"Мероприятие {item.Number} ссылается на документ «{id}», которого нет в data/documents.yml.{(close.Count > 0 ? $" Возможно, «{close[0]}»?" : string.Empty)}",
                        item.SourcePath, line, col));
                }
            }
        }

        return new SiteData
        {
            Config = config,
            Acts = acts,
            Forms = forms,
            Kinds = kinds,
            Management = List<ManagementRow>("management"),
            Stages = List<ProgrammeStage>("stages"),
            Participants = One<Participants>("participants"),
            Documents = documents,
            Roadmap = roadmap,
            MonitoringNode = nodes.TryGetValue("monitoring", out var mon) ? mon.Node : null,
            MonitoringPath = nodes.TryGetValue("monitoring", out var monPath) ? monPath.Path : "data/monitoring.yml",
            Other = other.ToImmutable(),
        };
    }

    private static void ValidateConfig(SiteConfig config, DiagnosticBag diagnostics)
    {
        SiteLimits.Validate(config.Limits, diagnostics);
        CheckUrl(config.BaseUrl, config, "base_url", diagnostics);
        CheckUrl(config.School.Website, config.School, "website", diagnostics);
        if (config.Curator is { } curator && !string.IsNullOrWhiteSpace(curator.Name) && !curator.Consent)
        {
            var (line, col) = curator.PositionOf("name");
            diagnostics.Add(Diagnostic.Error(ConsentCode,
                "Имя куратора можно публиковать только с его согласия на распространение персональных данных (ст. 10.1 152-ФЗ). Получите письменное согласие и укажите «consent: true» или оставьте поле name пустым.",
                curator.SourcePath, line, col));
        }
    }

    private static void CheckUrl(string? url, YamlObject owner, string field, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            var (line, col) = owner.PositionOf(field);
            diagnostics.Add(Diagnostic.Error(BadValueCode,
                $"Поле «{field}» должно быть полным адресом, начинающимся с https:// или http://, а указано «{url}».",
                owner.SourcePath, line, col));
        }
    }

    private static void CheckOneOf(string value, ImmutableArray<string> allowed, YamlObject owner, string field, DiagnosticBag diagnostics, Action<string> normalise)
    {
        var key = TextMatching.NormalizeKey(value);
        foreach (var a in allowed)
        {
            if (string.Equals(TextMatching.NormalizeKey(a), key, StringComparison.Ordinal))
            {
                normalise(a);
                return;
            }
        }

        var (line, col) = owner.PositionOf(field);
        diagnostics.Add(Diagnostic.Error(BadValueCode,
            $"Недопустимое значение «{value}» в поле «{field}». Допустимые значения: {string.Join(", ", allowed.Select(a => "«" + a + "»"))}.",
            owner.SourcePath, line, col));
    }

    private static void CheckSlugs<T>(IEnumerable<T> items, Func<T, string> id, string what, DiagnosticBag diagnostics) where T : YamlObject
    {
        foreach (var item in items)
        {
            var value = id(item);
            if (!Transliteration.IsSlug(value))
            {
                var (line, col) = item.PositionOf("id");
                var suggestion = Transliteration.ToSlug(value);
                diagnostics.Add(Diagnostic.Error(BadIdCode,
                    $"Идентификатор {what} «{Content.ContentPaths.Printable(value)}» входит в адреса страниц, поэтому может состоять только из строчных латинских букв, цифр и дефисов{(suggestion.Length > 0 ? $", например «{suggestion}»" : string.Empty)}.",
                    item.SourcePath, line, col));
            }
        }
    }

    private static void CheckUnique<T>(IEnumerable<T> items, Func<T, string> id, string what, DiagnosticBag diagnostics) where T : YamlObject
    {
        var seen = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var key = id(item);
            if (seen.TryGetValue(key, out var first))
            {
                var (line, col) = item.PositionOf("id");
                diagnostics.Add(Diagnostic.Error(DuplicateIdCode,
                    $"Идентификатор «{key}» ({what}) повторяется: он уже использован в строке {first.Line}. Идентификаторы должны быть уникальны.",
                    item.SourcePath, line, col));
            }
            else
            {
                seen[key] = item;
            }
        }
    }

    private static AttachedFile? ResolveDocumentFile(SchoolDocument doc, string contentRoot, long maxBytes, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(doc.File))
        {
            return null;
        }

        var (line, col) = doc.PositionOf("file");
        return AttachmentRules.Resolve(doc.File, "site.yml", doc.SourcePath, line, col, contentRoot, maxBytes, diagnostics, fromContentRoot: true);
    }
}
