using Mentoring.Site.Text;

namespace Mentoring.Site.Tests.Text;

/// <summary>In expected strings «~» stands for U+00A0, so the no-break spaces are visible.</summary>
public sealed class TypographyTextTests
{
    private static string N(string s) => s.Replace('~', '\u00A0');

    [Theory]
    // Short words and prepositions.
    [InlineData("в школе", "в~школе")]
    [InlineData("и наставник", "и~наставник")]
    [InlineData("В школе и дома", "В~школе и~дома")]
    [InlineData("через год", "через~год")]
    [InlineData("для наставника без опыта", "для~наставника без~опыта")]
    [InlineData("из-за дождя", "из-за~дождя")]
    [InlineData("ИЗ-ЗА ДОЖДЯ ПОД ЗОНТОМ", "ИЗ-ЗА~ДОЖДЯ ПОД~ЗОНТОМ")]
    [InlineData("и в школе", "и~в~школе")]
    [InlineData("с 2022 года", "с~2022~года")]
    [InlineData("в «Точке роста»", "в~«Точке роста»")]
    [InlineData("идём в", "идём в")]
    [InlineData("идём в ", "идём в ")]
    [InlineData("а — б", "а~— б")]
    [InlineData("наставничество в\nшколе", "наставничество в\nшколе")]
    // Particles.
    [InlineData("Знаешь ли ты", "Знаешь~ли~ты")]
    [InlineData("пришёл бы", "пришёл~бы")]
    [InlineData("тот же", "тот~же")]
    [InlineData("если б знать", "если~б~знать")]
    // Dashes.
    [InlineData("наставник — участник", "наставник~— участник")]
    [InlineData("наставник - участник", "наставник~— участник")]
    [InlineData("наставник – участник", "наставник~— участник")]
    [InlineData("Ученик – ученик", "Ученик~— ученик")]
    [InlineData("(далее –Программа)", "(далее~— Программа)")]
    [InlineData("(далее– Программа)", "(далее~— Программа)")]
    [InlineData("«Привет», — сказал он", "«Привет»,~— сказал он")]
    [InlineData("наставник—участник", "наставник—участник")]
    [InlineData("2020–2022", "2020–2022")]
    [InlineData("температура -5 градусов", "температура -5 градусов")]
    [InlineData("— Привет!", "— Привет!")]
    [InlineData("- пункт\n- ещё пункт", "- пункт\n- ещё пункт")]
    [InlineData("Итоги:\n — первый", "Итоги:\n — первый")]
    [InlineData("слово -", "слово -")]
    // Numbers, years, dates.
    [InlineData("№ 1", "№~1")]
    [InlineData("№1", "№~1")]
    [InlineData("Распоряжение № Р-145", "Распоряжение №~Р-145")]
    [InlineData("§ 3", "§~3")]
    [InlineData("2022 г.", "2022~г.")]
    [InlineData("2022г.", "2022~г.")]
    [InlineData("в 2022г. и 2023 г.", "в~2022~г. и~2023~г.")]
    [InlineData("2022 года", "2022~года")]
    [InlineData("2020–2022 гг.", "2020–2022~гг.")]
    [InlineData("2020-2022гг.", "2020-2022~гг.")]
    [InlineData("2022 г", "2022 г")]
    [InlineData("29 августа", "29~августа")]
    [InlineData("1 СЕНТЯБРЯ", "1~СЕНТЯБРЯ")]
    [InlineData("29 августа 2022 г.", "29~августа 2022~г.")]
    [InlineData("32 августа", "32 августа")]
    [InlineData("от 25.12.2019 № Р-145", "от~25.12.2019 №~Р-145")]
    // Initials and abbreviations.
    [InlineData("С. Н. Жигалова", "С.~Н.~Жигалова")]
    [InlineData("Жигалова С. Н.", "Жигалова~С.~Н.")]
    [InlineData("Е.В. Юферева", "Е.~В.~Юферева")]
    [InlineData("Куратор: Е.В. Юферева, учитель", "Куратор: Е.~В.~Юферева, учитель")]
    [InlineData("Юферева Е.В.", "Юферева~Е.~В.")]
    [InlineData("А. Пушкин", "А.~Пушкин")]
    [InlineData("и т. д.", "и~т.~д.")]
    [InlineData("т. е.", "т.~е.")]
    [InlineData("и т. п.", "и~т.~п.")]
    [InlineData("книги, журналы и т.д.", "книги, журналы и~т.~д.")]
    // Quotes.
    [InlineData("\"Программа \"Наставничество\"\"", "«Программа „Наставничество“»")]
    [InlineData("Программа \"Наставничество\"", "Программа «Наставничество»")]
    [InlineData("«Программа „Наставничество“»", "«Программа „Наставничество“»")]
    [InlineData("«Программа \"Наставничество\"»", "«Программа „Наставничество“»")]
    [InlineData("Он сказал:\"Да\".", "Он~сказал:«Да».")]
    [InlineData("(\"Точка роста\")", "(«Точка роста»)")]
    [InlineData("\"Да\", \"нет\"", "«Да», «нет»")]
    [InlineData("\"а \"д \"в\" д\" а\"", "«а~„д~„в“ д“ а»")]
    [InlineData("\"\"", "«»")]
    // Spaces.
    [InlineData("много    пробелов\tи\t\tтабуляций", "много пробелов и~табуляций")]
    [InlineData("строка  \n  вторая", "строка \n вторая")]
    [InlineData("отступ\u00A0\u00A0\u00A0намеренный", "отступ\u00A0\u00A0\u00A0намеренный")]
    [InlineData("", "")]
    public void Applies_the_rules(string input, string expected) =>
        Assert.Equal(N(expected), Typography.ApplyToText(input));

    [Theory]
    [InlineData("см. http://example.org/2022г.html")]
    [InlineData("см. https://example.org/a - b")]
    [InlineData("пишите 2022г.info@mail.ru")]
    [InlineData("сайт www.school.ru/№1")]
    [InlineData("mailto:kurator@school.ru?subject=№1")]
    [InlineData("HTTPS://EXAMPLE.ORG/№1")]
    public void Urls_and_email_addresses_are_never_changed(string input)
    {
        string output = Typography.ApplyToText(input);
        string token = input.Split(' ').Single(static w =>
            w.Contains("://", StringComparison.Ordinal) || w.Contains('@', StringComparison.Ordinal)
            || w.StartsWith("www.", StringComparison.Ordinal) || w.StartsWith("mailto:", StringComparison.Ordinal));
        Assert.Contains(token, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Написать можно на kurator@school.ru", "Написать можно на~kurator@school.ru")]
    [InlineData("Сайт (https://ru.wikipedia.org/wiki/Наставничество_(педагогика)).", "Сайт (https://ru.wikipedia.org/wiki/Наставничество_(педагогика)).")]
    [InlineData("Смотрите на https://example.org.", "Смотрите на~https://example.org.")]
    [InlineData("\"https://example.org\"", "«https://example.org»")]
    public void Text_around_urls_is_still_typeset(string input, string expected) =>
        Assert.Equal(N(expected), Typography.ApplyToText(input));

    private static readonly string[] SampleTexts =
    [
        "\"Программа \"Наставничество\"\" в школе № 1 с 29 августа 2022 г. — С. Н. Жигалова, Е.В. Юферева и т. д.",
        "Настоящая Программа наставничества (далее –Программа) разработана в соответствии с ФЗ -  273",
        "Реализация формы наставничества «Ученик – ученик». 3.Реализация формы \"учитель – учитель\"",
        "- пункт один\n-  пункт два\n\n\"Абзац\" - тот же ли?",
        "\"незакрытая кавычка\n\nи \"новая\" - без пары\"\"",
        "  ведущие пробелы,   \t хвост  ",
        "a \u00A0b  —  c \"\" \" \" - - —",
    ];

    public static TheoryData<string> Samples() => new(SampleTexts);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Is_idempotent(string input)
    {
        string once = Typography.ApplyToText(input);
        Assert.Equal(once, Typography.ApplyToText(once));
    }

    [Fact]
    public void Unchanged_text_is_returned_as_is()
    {
        string text = "Методическая копилка";
        Assert.Same(text, Typography.ApplyToText(text));
    }

    [Fact]
    public void Every_straight_quote_is_replaced()
    {
        foreach (string sample in SampleTexts)
        {
            Assert.DoesNotContain('"', Typography.ApplyToText(sample));
        }
    }

    [Fact]
    public void Large_input_completes_with_sane_output()
    {
        const string paragraph =
            "Наставник - \"участник программы \"Наставничество\"\" в школе № 1 с 29 августа 2022г. " +
            "(далее –Программа), см. https://school.ru/a-b и С. Н. Жигалова, т. е. куратор.\n";
        var builder = new System.Text.StringBuilder();
        while (builder.Length < 1024 * 1024)
        {
            builder.Append(paragraph);
        }

        string input = builder.ToString();
        string output = Typography.ApplyToText(input);
        int paragraphs = input.Length / paragraph.Length;
        string expected = N(
            "Наставник~— «участник программы „Наставничество“» в~школе №~1 с~29~августа 2022~г. " +
            "(далее~— Программа), см. https://school.ru/a-b и~С.~Н.~Жигалова, т.~е. куратор.\n");
        Assert.Equal(string.Concat(Enumerable.Repeat(expected, paragraphs)), output);
        Assert.Equal(output, Typography.ApplyToText(output));
    }

    [Fact]
    public void Is_safe_to_call_from_many_threads()
    {
        string[] inputs = SampleTexts;
        string[] expected = inputs.Select(Typography.ApplyToText).ToArray();
        Parallel.For(0, 2000, i =>
        {
            int k = i % inputs.Length;
            Assert.Equal(expected[k], Typography.ApplyToText(inputs[k]));
        });
    }
}
