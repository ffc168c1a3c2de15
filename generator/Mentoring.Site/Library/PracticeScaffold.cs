using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Mentoring.Engine;
using Mentoring.Site.Content;
using Mentoring.Site.Section;
using Mentoring.Site.Text;

namespace Mentoring.Site.Library;

/// <summary>
/// The file <c>mentoring new practice "Название"</c> creates: every field present, each with a Russian comment,
/// the allowed forms, models and kinds listed from the site's data, and valid defaults with <c>draft: true</c>,
/// so the new file builds without errors at once and the curator can preview it.
/// </summary>
public static class PracticeScaffold
{
    private static readonly JsonSerializerOptions Quote = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Content-relative path of a new practice: <c>practices/2026-11-25-nazvanie-praktiki.md</c>; null when the title gives no slug.</summary>
    public static string? PathFor(string title, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(title);
        var slug = Transliteration.ToSlug(title, 60);
        return slug.Length == 0 ? null : "practices/" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "-" + slug + ".md";
    }

    /// <summary>Loads site.yml and data/*.yml of <paramref name="contentRoot"/> the way a build does.</summary>
    public static SiteData? LoadData(string contentRoot, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var inventory = ContentInventory.Scan(contentRoot, diagnostics);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in inventory.Files.Where(p => p == "site.yml" || (p.StartsWith("data/", StringComparison.Ordinal)
            && (p.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)))))
        {
            if (ContentReader.ReadText(contentRoot, path, 8 * 1024 * 1024, diagnostics) is { } text)
            {
                texts[path] = text;
            }
        }

        return SiteDataLoader.Load(texts, contentRoot, 15L * 1024 * 1024, diagnostics);
    }

    public static string Create(string title, DateOnly date, SiteData data)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(data);
        var form = data.Forms.FirstOrDefault(f => !PupilForms.HasPupilMentors(f) && f.Models.Count > 0)
            ?? data.Forms.FirstOrDefault(f => f.Models.Count > 0);
        var sb = new StringBuilder();
        void Line(string text = "") => sb.Append(text).Append('\n');

        Line("---");
        Line("# Новая практика методической копилки. Пока стоит «draft: true», практика не публикуется;");
        Line("# посмотреть её можно сборкой с черновиками: mentoring build --drafts.");
        Line("# Строки, начинающиеся с «#», — подсказки: их можно оставить или удалить.");
        Line("#");
        Line("# Название практики — заголовок страницы.");
        Line("title: " + Q(title.Trim()));
        Line("# Дата проведения или публикации практики: ГГГГ-ММ-ДД.");
        Line("date: " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Line("# Форма наставничества, одна из (content/data/forms.yml):");
        foreach (var f in data.Forms)
        {
            Line("#   " + f.Title);
        }

        Line("form: " + Q(form?.Title ?? string.Empty));
        Line("# Модель — одна из моделей выбранной формы:");
        foreach (var f in data.Forms)
        {
            Line($"#   форма «{f.Title}»: {string.Join("; ", f.Models.Select(m => m.Title))}");
        }

        Line("model: " + Q(form?.Models[0].Title ?? string.Empty));
        Line("# Вид практики, один из (content/data/kinds.yml):");
        Line("#   " + string.Join("; ", data.Kinds.Select(k => k.Title)));
        Line("kind: " + Q(data.Kinds.Count > 0 ? data.Kinds[0].Title : string.Empty));
        Line("# Теги — темы практики в квадратных скобках через запятую, например: [математика, адаптация].");
        Line("tags: []");
        Line("# Кратко, одно-два предложения: что сделали, с кем и что получилось. Показывается в списках и в ленте.");
        Line("summary: " + Q("Кратко: что сделали, с кем и что получилось."));
        Line("# Кто автор — без имени: «учитель математики», «обучающийся-наставник».");
        Line("author_role: " + Q("учитель"));
        Line("# Авторы по именам — только педагоги, давшие письменное согласие на распространение");
        Line("# персональных данных (ст. 10.1 152-ФЗ), каждый с «consent: true». В практиках форм, где");
        Line("# наставники — обучающиеся («ученик – ученик»), авторов не указывают: имена обучающихся не публикуются.");
        Line("# Пример:");
        Line("#   authors:");
        Line("#     - name: Иванова Мария Петровна");
        Line("#       position: учитель математики");
        Line("#       consent: true");
        Line("authors: []");
        Line($"# Файлы для скачивания ({string.Join(", ", SiteDataLoader.DocumentExtensions)}; до 15 МБ каждый),");
        Line("# путь — относительно этого файла. Пример:");
        Line("#   attachments:");
        Line("#     - file: ../files/konspekt-uroka.pdf");
        Line("#       title: Конспект урока");
        Line("attachments: []");
        Line($"# Обложка ({string.Join(", ", PracticeValidator.ImageExtensions)}) с описанием (alt) для незрячих читателей;");
        Line("# без лиц и имён обучающихся. Пример:");
        Line("#   cover:");
        Line("#     file: ../files/oblozhka.jpg");
        Line("#     alt: Наставник и молодой учитель разбирают план урока");
        Line("cover:");
        Line("# Дата существенного обновления (ГГГГ-ММ-ДД); пусто, пока практику не меняли после публикации.");
        Line("updated:");
        Line("# Адрес страницы; пусто — имя файла латиницей. После публикации адрес лучше не менять.");
        Line("slug:");
        Line("# true — образец, поставляемый с сайтом (помечается «Пример»). Для своих практик — false.");
        Line("example: false");
        Line("# true — черновик, не публикуется. Поставьте false (или удалите строку), когда практика готова.");
        Line("draft: true");
        Line("---");
        Line();
        Line("## Описание практики");
        Line();
        Line("В чём суть практики, в какой форме и по какой модели наставничества она проходит, кто участвует (без имён обучающихся).");
        Line();
        Line("## Цели и задачи");
        Line();
        Line("Цель – …");
        Line();
        Line("Задачи:");
        Line();
        Line("- …");
        Line();
        Line("## Ход реализации");
        Line();
        Line("1. **Подготовка.** …");
        Line("2. **Проведение.** …");
        Line("3. **Рефлексия.** …");
        Line();
        Line("## Результаты");
        Line();
        Line("Что изменилось: обобщённые результаты, без персональных данных и без разбивки по классам.");
        Line();
        Line("## Ресурсы");
        Line();
        Line("- …");
        return sb.ToString();
    }

    /// <summary>A YAML double-quoted scalar (JSON string syntax is valid YAML).</summary>
    private static string Q(string value) => JsonSerializer.Serialize(value, Quote);
}
