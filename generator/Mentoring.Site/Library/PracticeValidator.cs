using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Mentoring.Engine;
using Mentoring.Site.Build;
using Mentoring.Site.Content;
using Mentoring.Site.Output;
using Mentoring.Site.Section;
using Mentoring.Site.Text;

namespace Mentoring.Site.Library;

/// <summary>
/// Checks a bound practice against the site's data and the publishing rules, and turns it into a
/// <see cref="Practice"/>. Every problem is reported (with the field's line) before giving up, so one
/// build shows the curator all mistakes of the file.
/// </summary>
public static partial class PracticeValidator
{
    public static readonly ImmutableArray<string> ImageExtensions = ["jpg", "jpeg", "png", "webp", "gif"];

    /// <summary>Covers above this size get a warning: the section is read on slow rural connections.</summary>
    public const long HeavyCoverBytes = 1024 * 1024;

    public static Practice? Validate(PracticeFrontMatter front, string path, SiteData data, BuildSettings settings, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(front);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var errors = diagnostics.ErrorCount;
        var local = new DiagnosticBag();

        var form = ResolveForm(front, path, data, local);
        var model = ResolveModel(front, path, data, form, local);
        var kind = ResolveKind(front, path, data, local);
        var date = front.Date!.Value;
        CheckDates(front, path, date, settings.ReferenceDate, local);
        var tags = ResolveTags(front, path, settings.MaxTags, local);
        var authors = ResolveAuthors(front, path, form, local);
        var attachments = ResolveAttachments(front, path, settings, local);
        var cover = ResolveCover(front, path, settings, local);
        var (slug, slugLine) = ResolveSlug(front, path, local);

        diagnostics.AddRange(local.Sorted());
        if (local.HasErrors || diagnostics.ErrorCount > errors || form is null || model is null || kind is null || slug is null)
        {
            return null;
        }

        return new Practice
        {
            Source = path,
            Slug = slug,
            SlugLine = slugLine,
            Title = front.Title.Trim(),
            Date = date,
            Updated = front.Updated,
            Form = form,
            Model = model,
            Kind = kind,
            Tags = tags,
            Summary = front.Summary.Trim(),
            AuthorRole = string.IsNullOrWhiteSpace(front.AuthorRole) ? null : front.AuthorRole.Trim(),
            Authors = authors,
            Attachments = attachments,
            Cover = cover,
            Example = front.Example,
        };
    }

    /// <summary>The slug a practice file gets from its name: the transliterated file name without extension.</summary>
    public static string SlugFromPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = path.Contains('/', StringComparison.Ordinal) ? path[(path.LastIndexOf('/') + 1)..] : path;
        if (name.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^3];
        }

        return Transliteration.ToSlug(name);
    }

    public static bool IsValidSlug(string slug) => SlugPattern().IsMatch(slug);

    private static MentoringForm? ResolveForm(PracticeFrontMatter front, string path, SiteData data, DiagnosticBag diagnostics)
    {
        var form = DataMatcher.Find(front.Form, data.Forms, f => [f.Title, f.Id]);
        if (form is null)
        {
            var (line, col) = front.PositionOf("form");
            var titles = data.Forms.Select(f => f.Title).ToList();
            diagnostics.Add(Diagnostic.Error(LibraryCodes.UnknownForm,
                $"Неизвестная форма наставничества «{front.Form}».{DataMatcher.Suggestion(front.Form, titles)} Допустимые формы (content/data/forms.yml): {DataMatcher.Quoted(titles)}.",
                path, line, col));
        }

        return form;
    }

    private static MentoringModel? ResolveModel(PracticeFrontMatter front, string path, SiteData data, MentoringForm? form, DiagnosticBag diagnostics)
    {
        var (line, col) = front.PositionOf("model");
        if (form is not null)
        {
            var own = DataMatcher.Find(front.Model, form.Models, m => [m.Title, m.Id]);
            if (own is not null)
            {
                return own;
            }
        }

        var all = data.Forms.SelectMany(f => f.Models).ToList();
        var any = DataMatcher.Find(front.Model, all, m => [m.Title, m.Id]);
        if (any is not null && form is not null)
        {
            var owner = data.Forms.First(f => f.Models.Contains(any));
            diagnostics.Add(Diagnostic.Error(LibraryCodes.ModelOfOtherForm,
                $"Модель «{any.Title}» относится к форме «{owner.Title}», а у практики указана форма «{form.Title}». Исправьте форму или выберите модель этой формы: {DataMatcher.Quoted(form.Models.Select(m => m.Title))}.",
                path, line, col));
            return null;
        }

        if (any is not null)
        {
            // The form is unknown and already reported; the model itself is fine.
            return null;
        }

        var candidates = (form?.Models ?? all).Select(m => m.Title).ToList();
        var where = form is null ? "Модели всех форм" : $"Модели формы «{form.Title}»";
        diagnostics.Add(Diagnostic.Error(LibraryCodes.UnknownModel,
            $"Неизвестная модель наставничества «{front.Model}».{DataMatcher.Suggestion(front.Model, candidates)} {where} (content/data/forms.yml): {DataMatcher.Quoted(candidates)}.",
            path, line, col));
        return null;
    }

    private static PracticeKind? ResolveKind(PracticeFrontMatter front, string path, SiteData data, DiagnosticBag diagnostics)
    {
        var kind = DataMatcher.Find(front.Kind, data.Kinds, k => [k.Title, k.Id, k.Plural]);
        if (kind is null)
        {
            var (line, col) = front.PositionOf("kind");
            var titles = data.Kinds.Select(k => k.Title).ToList();
            diagnostics.Add(Diagnostic.Error(LibraryCodes.UnknownKind,
                $"Неизвестный вид практики «{front.Kind}».{DataMatcher.Suggestion(front.Kind, titles)} Допустимые виды (content/data/kinds.yml): {DataMatcher.Quoted(titles)}.",
                path, line, col));
        }

        return kind;
    }

    private static void CheckDates(PracticeFrontMatter front, string path, DateOnly date, DateOnly today, DiagnosticBag diagnostics)
    {
        if (date > today)
        {
            var (line, col) = front.PositionOf("date");
            diagnostics.Add(Diagnostic.Warning(LibraryCodes.FutureDate,
                $"Дата практики {RussianDates.FormatNumeric(date)} позже даты сборки {RussianDates.FormatNumeric(today)}. Проверьте год и месяц: практика с будущей датой встанет первой в копилке и в ленте.",
                path, line, col));
        }

        if (front.Updated is { } updated && updated < date)
        {
            var (line, col) = front.PositionOf("updated");
            diagnostics.Add(Diagnostic.Warning(LibraryCodes.UpdatedBeforeDate,
                $"Дата обновления {RussianDates.FormatNumeric(updated)} раньше даты практики {RussianDates.FormatNumeric(date)}; она не будет показана. Исправьте поле updated или уберите его.",
                path, line, col));
        }
    }

    private static ImmutableArray<PracticeTag> ResolveTags(PracticeFrontMatter front, string path, int maxTags, DiagnosticBag diagnostics)
    {
        if (front.Tags.Count > maxTags)
        {
            // Checked first: a list pasted by mistake (thousands of "tags") is one error, not thousands of pages.
            var (line, col) = front.PositionOf("tags");
            diagnostics.Add(Diagnostic.Error(LibraryCodes.TooManyTags,
                string.Create(CultureInfo.InvariantCulture, $"У практики {front.Tags.Count} тегов, а допустимо не больше {maxTags}. Оставьте несколько главных тегов: по ним читатели ищут похожие практики. Предел меняется в content/site.yml: limits: max_tags."),
                path, line, col));
            return [];
        }

        var tags = ImmutableArray.CreateBuilder<PracticeTag>(front.Tags.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in front.Tags)
        {
            var name = raw.Trim();
            var slug = Transliteration.ToSlug(name);
            if (slug.Length == 0)
            {
                var (line, col) = front.PositionOf("tags");
                diagnostics.Add(Diagnostic.Error(LibraryCodes.BadTag,
                    $"Тег «{name}» не годится: в нём нет ни букв, ни цифр. Напишите тег словом, например «математика».",
                    path, line, col));
                continue;
            }

            if (!seen.Add(slug))
            {
                var (line, col) = front.PositionOf("tags");
                diagnostics.Add(Diagnostic.Warning(LibraryCodes.DuplicateTag,
                    $"Тег «{name}» указан дважды; повтор не учитывается.", path, line, col));
                continue;
            }

            tags.Add(new PracticeTag(name, slug));
        }

        return tags.ToImmutable();
    }

    private static ImmutableArray<PracticeAuthor> ResolveAuthors(PracticeFrontMatter front, string path, MentoringForm? form, DiagnosticBag diagnostics)
    {
        if (front.Authors.Count == 0)
        {
            return [];
        }

        if (form is not null && PupilForms.HasPupilMentors(form))
        {
            var (line, col) = front.PositionOf("authors");
            diagnostics.Add(Diagnostic.Error(LibraryCodes.PupilAuthors,
                $"В практике формы «{form.Title}» нельзя указывать авторов: имена обучающихся не публикуются (152-ФЗ). Уберите поле authors и опишите автора без имени в поле author_role, например «author_role: обучающийся-наставник».",
                path, line, col));
            return [];
        }

        var authors = ImmutableArray.CreateBuilder<PracticeAuthor>();
        foreach (var author in front.Authors)
        {
            if (!author.Consent)
            {
                var (line, col) = author.PositionOf("name");
                diagnostics.Add(Diagnostic.Error(LibraryCodes.AuthorWithoutConsent,
                    $"Имя автора «{author.Name}» можно опубликовать только с его письменного согласия на распространение персональных данных (ст. 10.1 152-ФЗ). Получите согласие и добавьте «consent: true» или уберите автора и оставьте только author_role.",
                    path, line, col));
                continue;
            }

            authors.Add(new PracticeAuthor(author.Name.Trim(), string.IsNullOrWhiteSpace(author.Position) ? null : author.Position.Trim()));
        }

        return authors.ToImmutable();
    }

    private static ImmutableArray<PracticeAttachment> ResolveAttachments(PracticeFrontMatter front, string path, BuildSettings settings, DiagnosticBag diagnostics)
    {
        var result = ImmutableArray.CreateBuilder<PracticeAttachment>(front.Attachments.Count);
        foreach (var entry in front.Attachments)
        {
            var (line, col) = entry.PositionOf("file");
            var local = new DiagnosticBag();
            var file = AttachmentRules.Resolve(entry.File, path, path, line, col, settings.ContentRoot, settings.MaxDocumentBytes, local);
            foreach (var d in local.Sorted())
            {
                diagnostics.Add(d with { Code = MapAttachmentCode(d.Code) });
            }

            if (file is not null)
            {
                result.Add(new PracticeAttachment(entry.Title.Trim(), file));
            }
        }

        return result.ToImmutable();
    }

    private static string MapAttachmentCode(string code) => code switch
    {
        AttachmentRules.BadTypeCode => LibraryCodes.AttachmentType,
        AttachmentRules.TooLargeCode => LibraryCodes.AttachmentTooLarge,
        ContentReader.MissingFileCode => LibraryCodes.MissingAttachment,
        _ => LibraryCodes.AttachmentPath,
    };

    private static PracticeCover? ResolveCover(PracticeFrontMatter front, string path, BuildSettings settings, DiagnosticBag diagnostics)
    {
        if (front.Cover is not { } cover)
        {
            return null;
        }

        var ok = true;
        if (string.IsNullOrWhiteSpace(cover.Alt))
        {
            var (aline, acol) = cover.PositionOf("alt");
            diagnostics.Add(Diagnostic.Error(LibraryCodes.CoverWithoutAlt,
                "У обложки нет описания (alt): его прочитают незрячим читателям и покажут, если картинка не загрузилась. Добавьте под file строку «alt: что изображено», без имён обучающихся.",
                path, aline, acol));
            ok = false;
        }

        var (line, col) = cover.PositionOf("file");
        var relative = ContentPaths.Resolve(path, cover.File, out var problem);
        if (relative is null)
        {
            diagnostics.Add(Diagnostic.Error(LibraryCodes.BadCover,
                $"Путь к обложке «{ContentPaths.Printable(cover.File)}» недопустим: {problem}.", path, line, col));
            return null;
        }

        var ext = Path.GetExtension(relative).TrimStart('.').ToLowerInvariant();
        if (!ImageExtensions.Contains(ext, StringComparer.Ordinal))
        {
            diagnostics.Add(Diagnostic.Error(LibraryCodes.BadCover,
                $"Обложка «{relative}» должна быть картинкой: {string.Join(", ", ImageExtensions)}.", path, line, col));
            return null;
        }

        var local = new DiagnosticBag();
        if (!ContentReader.CheckFile(settings.ContentRoot, relative, local, path, line, col))
        {
            foreach (var d in local.Sorted())
            {
                diagnostics.Add(d with { Code = LibraryCodes.BadCover });
            }

            return null;
        }

        var size = new FileInfo(Path.Combine(settings.ContentRoot, relative)).Length;
        if (size > settings.MaxDocumentBytes)
        {
            diagnostics.Add(Diagnostic.Error(LibraryCodes.BadCover,
                string.Create(CultureInfo.InvariantCulture, $"Обложка «{relative}» весит {size / 1024 / 1024} МБ, допустимо не больше {settings.MaxDocumentBytes / 1024 / 1024} МБ. Уменьшите картинку."),
                path, line, col));
            return null;
        }

        if (size > HeavyCoverBytes)
        {
            diagnostics.Add(Diagnostic.Warning(LibraryCodes.HeavyCover,
                string.Create(CultureInfo.InvariantCulture, $"Обложка «{relative}» весит {size / 1024} КБ: на медленном интернете страница будет долго открываться. Уменьшите картинку до 1200 точек по ширине и сохраните в JPEG (до 300 КБ).")
                    , path, line, col));
        }

        return ok ? new PracticeCover(FileNaming.OutputPathFor(relative), cover.Alt!.Trim()) : null;
    }

    private static (string? Slug, int Line) ResolveSlug(PracticeFrontMatter front, string path, DiagnosticBag diagnostics)
    {
        if (!string.IsNullOrWhiteSpace(front.Slug))
        {
            var (line, col) = front.PositionOf("slug");
            var slug = front.Slug.Trim();
            if (!IsValidSlug(slug))
            {
                diagnostics.Add(Diagnostic.Error(LibraryCodes.BadSlug,
                    $"Поле slug «{slug}» должно состоять из строчных латинских букв, цифр и дефисов, например «otkrytyy-urok-fizika». Или уберите поле: адрес возьмётся из имени файла.",
                    path, line, col));
                return (null, line);
            }

            if (LibraryUrls.Reserved.Contains(slug))
            {
                diagnostics.Add(Diagnostic.Error(LibraryCodes.BadSlug,
                    $"Адрес «{slug}» занят разделами копилки ({string.Join(", ", LibraryUrls.Reserved.Order(StringComparer.Ordinal))}). Выберите другой slug.",
                    path, line, col));
                return (null, line);
            }

            return (slug, line);
        }

        var fromName = SlugFromPath(path);
        if (fromName.Length == 0 || LibraryUrls.Reserved.Contains(fromName))
        {
            diagnostics.Add(Diagnostic.Error(LibraryCodes.BadSlug,
                $"Из имени файла «{path}» не получается адрес страницы{(fromName.Length == 0 ? string.Empty : $" («{fromName}» занят разделами копилки)")}. Переименуйте файл (например, «2024-03-14-nazvanie-praktiki.md») или задайте поле slug.",
                path, 1, 1));
            return (null, 1);
        }

        return (fromName, 1);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
