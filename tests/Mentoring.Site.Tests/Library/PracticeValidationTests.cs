using Mentoring.Engine;
using Mentoring.Site.Build;
using Mentoring.Site.Content;
using Mentoring.Site.Library;
using Mentoring.Site.Tests.Support;

namespace Mentoring.Site.Tests.Library;

/// <summary>Parsing and validating single practices, in memory (files only where attachments need them).</summary>
public sealed class PracticeValidationTests : IDisposable
{
    private readonly TestSite _site = new(withDefaults: false);
    private readonly DraftRegistry _drafts = new();

    public void Dispose() => _site.Dispose();

    private BuildSettings Settings(long maxDocumentBytes = 15L * 1024 * 1024) => new()
    {
        SiteRoot = _site.Root,
        ReferenceDate = new DateOnly(2025, 6, 1),
        MaxDocumentBytes = maxDocumentBytes,
    };

    private (Document? Doc, Diagnostic[] Diagnostics) Parse(string text, string path = "practices/2024-03-14-praktika.md", BuildSettings? settings = null)
    {
        var bag = new DiagnosticBag();
        var doc = ParsePractices.Parse(Document.Create(path, null, text), LibraryData.Repository, settings ?? Settings(), _drafts, bag);
        return (doc, [.. bag.Sorted()]);
    }

    private static Practice PracticeOf(Document? doc) => Assert.IsType<Practice>(doc?.Get<Practice>(LibraryMetadata.Practice));

    [Fact]
    public void A_valid_practice_gets_its_address_from_the_file_name()
    {
        var (doc, diagnostics) = Parse(LibrarySite.Practice("Открытый урок", "2024-03-14"));
        Assert.Empty(diagnostics);
        Assert.Equal("kopilka/2024-03-14-praktika/index.html", doc!.Destination);
        var p = PracticeOf(doc);
        Assert.Equal("pedagog-pedagog", p.Form.Id);
        Assert.Equal("opytnyy-pedagog-molodoy-spetsialist", p.Model.Id);
        Assert.Equal("otkrytyy-urok", p.Kind.Id);
        Assert.Equal("practice", doc.Get<string>(MetadataKeys.Layout));
        Assert.Equal(new DateOnly(2024, 3, 14), doc.Get<DateOnly>(MetadataKeys.Date));
    }

    [Fact]
    public void The_slug_field_overrides_the_file_name_and_the_title_does_not_matter()
    {
        var (a, _) = Parse(LibrarySite.Practice("Первое название", "2024-03-14"));
        var (b, _) = Parse(LibrarySite.Practice("Совсем другое название", "2024-03-14"));
        Assert.Equal(a!.Destination, b!.Destination);
        var (c, diagnostics) = Parse(LibrarySite.Practice("Открытый урок", "2024-03-14", extra: "slug: otkrytyy-urok-fizika"));
        Assert.Empty(diagnostics);
        Assert.Equal("kopilka/otkrytyy-urok-fizika/index.html", c!.Destination);
    }

    [Theory]
    [InlineData("ученик-ученик", "равный-равному", "uchenik-uchenik", "ravnyy-ravnomu")]
    [InlineData("Ученик – ученик", "Равный – равному", "uchenik-uchenik", "ravnyy-ravnomu")]
    [InlineData("УЧЕНИК—УЧЕНИК", "успевающий - неуспевающий", "uchenik-uchenik", "uspevayushchiy-neuspevayushchiy")]
    [InlineData("педагог-педагог", "педагог-новатор-консервативный педагог", "pedagog-pedagog", "pedagog-novator-konservativnyy-pedagog")]
    [InlineData("педагог-педагог", "опытный педагог-молодой специалист", "pedagog-pedagog", "opytnyy-pedagog-molodoy-spetsialist")]
    [InlineData("pedagog-pedagog", "opytnyy-pedagog-molodoy-spetsialist", "pedagog-pedagog", "opytnyy-pedagog-molodoy-spetsialist")]
    public void Forms_and_models_match_forgivingly(string form, string model, string formId, string modelId)
    {
        var (doc, diagnostics) = Parse(LibrarySite.Practice("П", "2024-03-14", form, model));
        Assert.Empty(diagnostics);
        Assert.Equal(formId, PracticeOf(doc).Form.Id);
        Assert.Equal(modelId, PracticeOf(doc).Model.Id);
    }

    [Theory]
    [InlineData("открытый урок", "otkrytyy-urok")]
    [InlineData("Открытые уроки", "otkrytyy-urok")]
    [InlineData("публикация", "publikatsiya")]
    [InlineData("мастер-класс", "master-klass")]
    [InlineData("Мастер – класс", "master-klass")]
    [InlineData("ФОТОМАТЕРИАЛЫ", "fotomaterialy")]
    public void Kinds_match_by_title_plural_or_id(string kind, string id)
    {
        var (doc, diagnostics) = Parse(LibrarySite.Practice("П", "2024-03-14", kind: kind));
        Assert.Empty(diagnostics);
        Assert.Equal(id, PracticeOf(doc).Kind.Id);
    }

    [Fact]
    public void An_unknown_form_is_an_error_at_its_line_with_the_closest_value()
    {
        var (doc, diagnostics) = Parse(LibrarySite.Practice("П", "2024-03-14", form: "Ученик – ученек"));
        Assert.Null(doc);
        var d = Assert.Single(diagnostics);
        Assert.Equal(LibraryCodes.UnknownForm, d.Code);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal("practices/2024-03-14-praktika.md", d.Path);
        Assert.Equal(4, d.Line);
        Assert.Contains("Возможно, имелось в виду «Ученик – ученик»?", d.Message, StringComparison.Ordinal);
        Assert.Contains("«Педагог – педагог»", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_of_another_form_is_an_error_naming_both_forms()
    {
        var (doc, diagnostics) = Parse(LibrarySite.Practice("П", "2024-03-14", "Ученик – ученик", "Опытный педагог – молодой специалист"));
        Assert.Null(doc);
        var d = Assert.Single(diagnostics);
        Assert.Equal(LibraryCodes.ModelOfOtherForm, d.Code);
        Assert.Equal(5, d.Line);
        Assert.Contains("относится к форме «Педагог – педагог»", d.Message, StringComparison.Ordinal);
        Assert.Contains("«Равный – равному»", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_model_and_kind_are_both_reported_with_suggestions()
    {
        var (doc, diagnostics) = Parse(LibrarySite.Practice("П", "2024-03-14", "Ученик – ученик", "Равный – равнму", "Мастер-клас"));
        Assert.Null(doc);
        Assert.Equal([LibraryCodes.UnknownModel, LibraryCodes.UnknownKind], diagnostics.Select(d => d.Code));
        Assert.Contains("«Равный – равному»", diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal(6, diagnostics[1].Line);
        Assert.Contains("Возможно, имелось в виду «Мастер-класс»?", diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Authors_on_a_pupil_form_practice_are_refused()
    {
        var text = LibrarySite.Practice("П", "2024-03-14", "Ученик – ученик", "Лидер – пассивный",
            extra: ["authors:", "  - name: Петров Пётр", "    consent: true"]);
        var (doc, diagnostics) = Parse(text);
        Assert.Null(doc);
        var d = Assert.Single(diagnostics);
        Assert.Equal(LibraryCodes.PupilAuthors, d.Code);
        Assert.Equal(10, d.Line);
        Assert.Contains("имена обучающихся не публикуются", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Teachers_are_named_only_with_consent()
    {
        var withoutConsent = LibrarySite.Practice("П", "2024-03-14",
            extra: ["authors:", "  - name: Иванова Мария Петровна", "    position: учитель математики"]);
        var (doc, diagnostics) = Parse(withoutConsent);
        Assert.Null(doc);
        var d = Assert.Single(diagnostics);
        Assert.Equal(LibraryCodes.AuthorWithoutConsent, d.Code);
        Assert.Equal(11, d.Line);

        var (ok, none) = Parse(LibrarySite.Practice("П", "2024-03-14",
            extra: ["authors:", "  - name: Иванова Мария Петровна", "    position: учитель математики", "    consent: true"]));
        Assert.Empty(none);
        Assert.Equal([new PracticeAuthor("Иванова Мария Петровна", "учитель математики")], PracticeOf(ok).Authors.ToArray());
    }

    [Fact]
    public void A_future_date_is_a_warning_and_the_practice_is_published()
    {
        var (doc, diagnostics) = Parse(LibrarySite.Practice("П", "2026-01-10"));
        Assert.NotNull(doc);
        var d = Assert.Single(diagnostics);
        Assert.Equal(LibraryCodes.FutureDate, d.Code);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal(3, d.Line);
        Assert.Contains("10.01.2026", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cover_needs_alt_text_and_an_existing_image()
    {
        _site.WriteBytes("content/practices/files/cover.png", [0x89, 0x50, 0x4E, 0x47]);
        var (noAlt, d1) = Parse(LibrarySite.Practice("П", "2024-03-14", extra: ["cover:", "  file: files/cover.png"]));
        Assert.Null(noAlt);
        Assert.Equal(LibraryCodes.CoverWithoutAlt, Assert.Single(d1).Code);

        var (missing, d2) = Parse(LibrarySite.Practice("П", "2024-03-14", extra: ["cover:", "  file: files/net-takogo.jpg", "  alt: Доска"]));
        Assert.Null(missing);
        var d = Assert.Single(d2);
        Assert.Equal(LibraryCodes.BadCover, d.Code);
        Assert.Equal(11, d.Line);

        var (ok, d3) = Parse(LibrarySite.Practice("П", "2024-03-14", extra: ["cover:", "  file: files/cover.png", "  alt: Доска с задачей"]));
        Assert.Empty(d3);
        Assert.Equal(new PracticeCover("practices/files/cover.png", "Доска с задачей"), PracticeOf(ok).Cover);
    }

    [Fact]
    public void Attachments_are_checked_for_existence_type_and_size()
    {
        _site.WriteBytes("content/files/Конспект урока.pdf", new byte[2048]);
        _site.WriteBytes("content/files/program.exe", new byte[10]);
        var text = LibrarySite.Practice("П", "2024-03-14", extra:
        [
            "attachments:",
            "  - file: ../files/Конспект урока.pdf",
            "    title: Конспект урока",
            "  - file: ../files/net-takogo.pdf",
            "    title: Нет такого",
            "  - file: ../files/program.exe",
            "    title: Программа",
        ]);
        var (doc, diagnostics) = Parse(text);
        Assert.Null(doc);
        Assert.Equal([LibraryCodes.MissingAttachment, LibraryCodes.AttachmentType], diagnostics.Select(d => d.Code));
        Assert.Equal([13, 15], diagnostics.Select(d => d.Line));

        var (small, tooLarge) = Parse(LibrarySite.Practice("П", "2024-03-14", extra: ["attachments:", "  - file: ../files/Конспект урока.pdf", "    title: Конспект"]),
            settings: Settings(maxDocumentBytes: 1024));
        Assert.Null(small);
        Assert.Equal(LibraryCodes.AttachmentTooLarge, Assert.Single(tooLarge).Code);

        var (ok, none) = Parse(LibrarySite.Practice("П", "2024-03-14", extra: ["attachments:", "  - file: ../files/Конспект урока.pdf", "    title: Конспект"]));
        Assert.Empty(none);
        var file = Assert.Single(PracticeOf(ok).Attachments);
        Assert.Equal("files/konspekt-uroka.pdf", file.Url);
        Assert.Equal("PDF", file.Type);
        Assert.Equal("2\u00A0КБ", file.Size);
    }

    [Fact]
    public void A_draft_is_left_out_and_registered()
    {
        var (doc, diagnostics) = Parse(LibrarySite.Practice("П", "2024-03-14", extra: "draft: true"), "practices/chernovik.md");
        Assert.Null(doc);
        Assert.Empty(diagnostics);
        Assert.True(_drafts.Contains("practices/chernovik.md"));
    }

    [Fact]
    public void A_bad_slug_is_an_error()
    {
        var (doc, diagnostics) = Parse(LibrarySite.Practice("П", "2024-03-14", extra: "slug: Открытый урок"));
        Assert.Null(doc);
        Assert.Equal(LibraryCodes.BadSlug, Assert.Single(diagnostics).Code);
        var (reserved, d2) = Parse(LibrarySite.Practice("П", "2024-03-14", extra: "slug: teg"));
        Assert.Null(reserved);
        Assert.Equal(LibraryCodes.BadSlug, Assert.Single(d2).Code);
    }

    [Fact]
    public void Tags_with_the_same_slug_are_one_tag()
    {
        var (doc, diagnostics) = Parse(LibrarySite.Practice("П", "2024-03-14", tags: "[ИКТ, икт, «ИКТ»]"));
        Assert.NotNull(doc);
        Assert.All(diagnostics, d => Assert.Equal(LibraryCodes.DuplicateTag, d.Code));
        Assert.Equal([new PracticeTag("ИКТ", "ikt")], PracticeOf(doc).Tags.ToArray());
    }

    [Fact]
    public void Duplicate_slugs_name_both_files()
    {
        var first = Parse(LibrarySite.Practice("А", "2024-03-14", extra: "slug: odna"), "practices/a.md").Doc!;
        var second = Parse(LibrarySite.Practice("Б", "2024-03-15", extra: "slug: odna"), "practices/b.md").Doc!;
        var bag = new DiagnosticBag();
        var kept = CheckPracticeSlugs.Check([second, first], bag);
        Assert.Equal(["practices/a.md"], kept.Select(d => d.Source));
        var d = Assert.Single(bag.Sorted());
        Assert.Equal(LibraryCodes.DuplicateSlug, d.Code);
        Assert.Equal("practices/b.md", d.Path);
        Assert.Equal(10, d.Line);
        Assert.Contains("«practices/a.md» и «practices/b.md»", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Corpus_practices_are_accepted_as_they_are()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "Mentoring.Site.Tests", "Library", "Fixtures", "corpus-sample");
        var files = Directory.GetFiles(folder, "*.md").Where(f => !f.EndsWith("README.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(6, files.Count);
        foreach (var file in files)
        {
            var (doc, diagnostics) = Parse(File.ReadAllText(file), "practices/" + Path.GetFileName(file));
            Assert.True(doc is not null, string.Join("\n", diagnostics.Select(d => d.ToString())));
            Assert.Empty(diagnostics);
        }
    }
}
