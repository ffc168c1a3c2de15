using Mentoring.Site.Tests.Support;

namespace Mentoring.Site.Tests.Section;

/// <summary>The section's data files: what the types cannot check is checked by the loader, with file and line.</summary>
public sealed class SectionDataTests
{
    private static async Task<string[]> ErrorsAfter(Action<TestSite> change)
    {
        using var site = new TestSite();
        change(site);
        return Formatting.Errors(await site.BuildAsync(Mentoring.Site.Build.BuildMode.Check));
    }

    [Fact]
    public async Task Act_without_date_or_number_is_an_error()
    {
        var errors = await ErrorsAfter(s => s.Write("content/data/acts.yml",
            "- level: федеральный\n  kind: Федеральный закон\n  title: Об образовании\n"));
        Assert.Equal(
            [
                "content/data/acts.yml(1,3): ошибка MNT0211: Не указано обязательное поле «date». Добавьте строку «date: …».",
                "content/data/acts.yml(1,3): ошибка MNT0211: Не указано обязательное поле «number». Добавьте строку «number: …».",
            ],
            errors);
    }

    [Fact]
    public async Task Act_level_must_be_one_of_the_four_and_is_matched_forgivingly()
    {
        Assert.Empty(await ErrorsAfter(s => s.Write("content/data/acts.yml",
            "- level: Уровень  оо\n  kind: Приказ\n  date: 2022-08-29\n  number: \"295\"\n  title: Об утверждении\n")));
        var errors = await ErrorsAfter(s => s.Write("content/data/acts.yml",
            "- level: школьный\n  kind: Приказ\n  date: 2022-08-29\n  number: \"295\"\n  title: Об утверждении\n"));
        Assert.Equal(["content/data/acts.yml(1,3): ошибка MNT0231: Недопустимое значение «школьный» в поле «level». Допустимые значения: «федеральный», «региональный», «муниципальный», «уровень ОО»."], errors);
    }

    [Fact]
    public async Task Document_file_must_exist()
    {
        var errors = await ErrorsAfter(s => s.Write("content/data/documents.yml",
            "- id: polozhenie\n  title: Положение\n  kind: Положение\n  file: files/polozhenie.pdf\n"));
        Assert.Equal(["content/data/documents.yml(4,3): ошибка MNT0101: Файл «files/polozhenie.pdf» не найден в папке content/. Проверьте имя и путь (регистр букв важен) или уберите ссылку."], errors);
    }

    [Fact]
    public async Task Document_file_of_a_disallowed_type_is_an_error()
    {
        var errors = await ErrorsAfter(s => s
            .Write("content/files/run.exe", "MZ")
            .Write("content/data/documents.yml", "- id: x\n  title: Программа\n  kind: Программа\n  file: files/run.exe\n"));
        Assert.Contains("content/data/documents.yml(4,3): ошибка MNT0252: Файл «files/run.exe» нельзя приложить: разрешены только форматы pdf, doc, docx, xls, xlsx, odt, ods. Сохраните документ в PDF.", errors);
    }

    [Fact]
    public async Task Document_file_over_15_megabytes_is_an_error()
    {
        var errors = await ErrorsAfter(s => s
            .WriteBytes("content/files/big.pdf", new byte[(15 * 1024 * 1024) + 1])
            .Write("content/data/documents.yml", "- id: x\n  title: Программа\n  kind: Программа\n  file: files/big.pdf\n"));
        Assert.Contains("content/data/documents.yml(4,3): ошибка MNT0253: Файл «files/big.pdf» весит 15,0 МБ, а на сайте школы допустимо не больше 15 МБ. Разделите документ на части или сожмите его.", errors);
    }

    [Fact]
    public async Task Duplicate_ids_and_unknown_document_references_are_errors()
    {
        var errors = await ErrorsAfter(s => s
            .Write("content/data/documents.yml", "- id: prikaz\n  title: Приказ 1\n  kind: Приказ\n- id: prikaz\n  title: Приказ 2\n  kind: Приказ\n")
            .Write("content/data/roadmap.yml", "- number: \"1\"\n  title: Группа\n  items:\n    - number: \"1.1\"\n      activity: Мероприятие\n      term: Март 2022 г.\n      responsible: Директор\n      status: Выполнено\n      documents: [prikas]\n"));
        Assert.Equal(
            [
                "content/data/documents.yml(4,3): ошибка MNT0250: Идентификатор «prikaz» (документ) повторяется: он уже использован в строке 1. Идентификаторы должны быть уникальны.",
                "content/data/roadmap.yml(9,7): ошибка MNT0251: Мероприятие 1.1 ссылается на документ «prikas», которого нет в data/documents.yml. Возможно, «prikaz»?",
            ],
            errors);
    }

    [Fact]
    public async Task Roadmap_status_must_be_known_and_done_date_needs_done_status()
    {
        var errors = await ErrorsAfter(s => s.Write("content/data/roadmap.yml",
            "- number: \"1\"\n  title: Группа\n  items:\n    - number: \"1.1\"\n      activity: А\n      term: Март 2022 г.\n      responsible: Директор\n      status: сделано\n    - number: \"1.2\"\n      activity: Б\n      term: Май\n      responsible: Куратор\n      status: в работе\n      done: 2022-05-01\n"));
        Assert.Equal(
            [
                "content/data/roadmap.yml(8,7): ошибка MNT0231: Недопустимое значение «сделано» в поле «status». Допустимые значения: «запланировано», «в работе», «выполнено», «перенесено».",
                "content/data/roadmap.yml(14,7): ошибка MNT0231: У мероприятия 1.2 указана дата выполнения, но статус «в работе». Поставьте статус «выполнено» или уберите поле done.",
            ],
            errors);
    }

    [Fact]
    public async Task Curator_name_without_consent_is_refused()
    {
        var errors = await ErrorsAfter(s => s.Write("content/site.yml", TestSite.SiteYml + "\ncurator:\n  position: Куратор\n  name: Иванова Мария Петровна\n"));
        Assert.Equal(["content/site.yml(12,3): ошибка MNT0232: Имя куратора можно публиковать только с его согласия на распространение персональных данных (ст. 10.1 152-ФЗ). Получите письменное согласие и укажите «consent: true» или оставьте поле name пустым."], errors);
    }

    [Fact]
    public async Task Base_url_must_be_absolute_http()
    {
        var errors = await ErrorsAfter(s => s.Write("content/site.yml", TestSite.SiteYml.Replace("https://school.example/nastavnichestvo/", "javascript:alert(1)", StringComparison.Ordinal)));
        Assert.Equal(["content/site.yml(8,1): ошибка MNT0231: Поле «base_url» должно быть полным адресом, начинающимся с https:// или http://, а указано «javascript:alert(1)»."], errors);
    }
}
