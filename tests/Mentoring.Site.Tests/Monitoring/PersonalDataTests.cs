using Mentoring.Site.Monitoring;
using static Mentoring.Site.Tests.Monitoring.SchemeValidationTests;

namespace Mentoring.Site.Tests.Monitoring;

public sealed class PersonalDataTests
{
    private static IReadOnlyList<string> Codes(string text) => [.. PersonalDataDetector.Scan(text).Select(f => f.Code)];

    [Theory]
    [InlineData("Наставник Иванов И. И.", "Иванов И. И.")]
    [InlineData("Иванова И.И. провела открытый урок", "Иванова И.И.")]
    [InlineData("Пара Петров-Водкин К. С.", "Петров-Водкин К. С.")]
    [InlineData("Наставник — Иванов И.", "Иванов И.")]
    [InlineData("И. И. Иванов, наставник", "И. И. Иванов")]
    [InlineData("И.И. Иванов", "И.И. Иванов")]
    [InlineData("Открытый урок С. Жигаловой", "С. Жигаловой")]
    [InlineData("наставник М. П.", "М. П.")]
    [InlineData("Иванова Мария, 7 лет стажа", "Иванова Мария")]
    [InlineData("Мария Иванова", "Мария Иванова")]
    [InlineData("Иванов Иван Иванович", "Иванов Иван Иванович")]
    [InlineData("Светлана Николаевна — наставник", "Светлана Николаевна")]
    [InlineData("Пара Ивановой Марии", "Ивановой Марии")]
    public void Names_and_initials_are_refused(string text, string fragment)
    {
        var finding = Assert.Single(PersonalDataDetector.Scan(text));
        Assert.Equal(MonitoringCodes.PersonalName, finding.Code);
        Assert.Equal(fragment, finding.Fragment);
        Assert.Contains("152-ФЗ", finding.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Обучающиеся 7 Б")]
    [InlineData("Обучающиеся 7Б")]
    [InlineData("Пары в 9а")]
    [InlineData("Пары в 9-а")]
    [InlineData("Пары в 10 «А» классе")]
    [InlineData("Пары в 11 В классе")]
    [InlineData("Пары 5\"Г\"")]
    public void Class_letters_are_refused(string text) =>
        Assert.Contains(MonitoringCodes.ClassLetter, Codes(text));

    [Theory]
    [InlineData("Дата рождения 12.03.2011")]
    [InlineData("Наставляемый 2011 г. р.")]
    [InlineData("Наставляемые 2011 г.р.")]
    [InlineData("Год рождения наставляемых")]
    [InlineData("Наставляемые, родившиеся в 2012 году")]
    [InlineData("Наставляемые, рождённые в 2012 году")]
    public void Birth_dates_are_refused(string text) =>
        Assert.Contains(MonitoringCodes.BirthDate, Codes(text));

    [Theory]
    [InlineData("Обучающиеся с ОВЗ в 7-х классах")]
    [InlineData("Неуспевающие по параллелям")]
    [InlineData("Дети в ТЖС, 5–9-е")]
    [InlineData("Состоящие на внутришкольном учёте по классам")]
    [InlineData("Инвалидность: параллель восьмых")]
    [InlineData("Учёт в КДН, 8 класс")]
    [InlineData("Обучающиеся в трудной жизненной ситуации, 6-х классов")]
    [InlineData("Дети с ограниченными возможностями здоровья, 9 класс")]
    public void Sensitive_categories_by_class_or_parallel_are_refused(string text) =>
        Assert.Contains(MonitoringCodes.SensitiveByClass, Codes(text));

    [Theory]
    // The programme's own forms and models.
    [InlineData("Ученик – ученик")]
    [InlineData("Педагог – педагог")]
    [InlineData("Успевающий – неуспевающий")]
    [InlineData("Лидер – пассивный")]
    [InlineData("Равный – равному")]
    [InlineData("Опытный педагог – молодой специалист")]
    [InlineData("Педагог-новатор – консервативный педагог")]
    // Indicators and other ordinary labels.
    [InlineData("Логичность деятельности наставника, понимание им ситуации наставляемого и правильность выбора основного направления взаимодействия")]
    [InlineData("Степень удовлетворенности всех участников наставнической деятельности")]
    [InlineData("Определение эффективности участников наставнической деятельности в организации")]
    [InlineData("Доля обучающихся-наставляемых без неудовлетворительных отметок по итогам года")]
    [InlineData("Удовлетворённость участников программой (анкета, от 1 до 5 баллов)")]
    [InlineData("Наставляемые — молодые специалисты")]
    [InlineData("Обучающиеся с ОВЗ, всего по школе")]
    [InlineData("Снижение числа неуспевающих")]
    [InlineData("Открытые уроки в 5-х классах")]
    [InlineData("Мастер-классы для неуспевающих")]
    [InlineData("Обучающиеся 5–9 классов")]
    [InlineData("Занятия до 5 в неделю")]
    [InlineData("5 и более встреч")]
    [InlineData("9 баллов")]
    [InlineData("Итоги 2023/2024 учебного года")]
    [InlineData("Приложение Б. Анкета наставляемого")]
    [InlineData("МБОУ «Кезская СОШ № 2», Удмуртская Республика")]
    [InlineData("По данным Российской Федерации")]
    [InlineData("Анкета «Удовлетворённость» для наставников")]
    [InlineData("Справка по итогам мониторинга от 30.05.2024")]
    [InlineData("оптимальный")]
    [InlineData("проявляется в полной мере")]
    public void Ordinary_labels_are_not_refused(string text) => Assert.Empty(PersonalDataDetector.Scan(text));

    [Fact]
    public void Every_label_of_the_example_file_and_forms_is_clean()
    {
        var report = MonitoringFixture.Load(File.ReadAllText(MonitoringFixture.RepositoryFile(MonitoringFixture.Path))).Report;
        Assert.NotNull(report);
        foreach (var (form, models) in MonitoringFixture.ContentForms())
        {
            Assert.Empty(PersonalDataDetector.Scan(form));
            Assert.All(models, m => Assert.Empty(PersonalDataDetector.Scan(m)));
        }
    }

    [Fact]
    public void A_refusal_names_the_file_line_field_rule_and_fix_and_publishes_nothing()
    {
        var yaml = MonitoringFixture.File(MonitoringFixture.Year(extra: """
                stage2:
                  - name: Обучающиеся 7 Б класса в кружках
                    unit: чел.
                    of: 20
                    before: 6
                    after: 11
            """));
        var (report, diagnostics) = MonitoringFixture.Load(yaml);
        Assert.Null(report);
        var d = Assert.Single(diagnostics.Sorted());
        Assert.Equal(MonitoringCodes.ClassLetter, d.Code);
        Assert.Equal(MonitoringFixture.Path, d.Path);
        Assert.Equal(LineOf(yaml, "- name: Обучающиеся 7 Б"), d.Line);
        Assert.Contains("«name»", d.Message, StringComparison.Ordinal);
        Assert.Contains("«7 Б»", d.Message, StringComparison.Ordinal);
        Assert.Contains("152-ФЗ", d.Message, StringComparison.Ordinal);
        Assert.Contains("Как исправить", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_of_a_year_are_scanned_too()
    {
        var yaml = MonitoringFixture.File(MonitoringFixture.Year(extra: "    note: Лучший наставник года — Петрова А. С."));
        var (report, diagnostics) = MonitoringFixture.Load(yaml);
        Assert.Null(report);
        var d = Assert.Single(diagnostics.Sorted());
        Assert.Equal(MonitoringCodes.PersonalName, d.Code);
        Assert.Equal(LineOf(yaml, "note:"), d.Line);
    }

    [Fact]
    public void Sensitive_breakdown_in_a_parameter_is_refused_with_its_code()
    {
        var yaml = MonitoringFixture.File(MonitoringFixture.Year(extra: """
                stage2:
                  - name: Доля неуспевающих в 7-х классах
                    unit: "%"
                    of: 40
                    before: 20
                    after: 10
            """));
        var codes = MonitoringFixture.Errors(yaml).Select(d => d.Code).ToList();
        Assert.Equal([MonitoringCodes.SensitiveByClass], codes);
    }

    [Fact]
    public void Labels_of_bands_and_indicators_are_scanned()
    {
        var yaml = MonitoringFixture.File(MonitoringFixture.Year()).Replace("text: Психологический климат", "text: Климат в 9а", StringComparison.Ordinal);
        var d = Assert.Single(MonitoringFixture.Errors(yaml));
        Assert.Equal(MonitoringCodes.ClassLetter, d.Code);
        Assert.Contains("«text»", d.Message, StringComparison.Ordinal);
    }
}
