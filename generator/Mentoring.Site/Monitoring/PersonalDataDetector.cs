using System.Text.RegularExpressions;

namespace Mentoring.Site.Monitoring;

/// <summary>
/// Finds personal data in the free text of the monitoring file (labels, parameter names, notes): names and
/// initials, classes with their letter, dates of birth, and sensitive categories (ОВЗ, инвалидность, ТЖС, учёт,
/// КДН, неуспевающие) broken down by class or parallel. Refuses rather than hopes: a hit is an error, and the
/// curator rewords the label. Ordinary labels of the programme («Опытный педагог – молодой специалист»,
/// «Успевающий – неуспевающий») are not hits.
/// </summary>
public static partial class PersonalDataDetector
{
    private const string Law = "Федеральный закон № 152-ФЗ «О персональных данных»";

    private static readonly string[] FirstNames =
    [
        // Female.
        "александра", "алена", "алина", "алиса", "алла", "анастасия", "ангелина", "анна", "антонина", "арина",
        "валентина", "валерия", "варвара", "вера", "вероника", "виктория", "галина", "дарья", "диана", "ева",
        "евгения", "екатерина", "елена", "елизавета", "жанна", "зинаида", "злата", "зоя", "инна", "ирина",
        "кира", "кристина", "ксения", "лариса", "лидия", "любовь", "людмила", "маргарита", "марина", "мария",
        "милана", "надежда", "наталья", "наталия", "нина", "оксана", "олеся", "ольга", "полина", "раиса",
        "светлана", "софья", "софия", "таисия", "тамара", "татьяна", "ульяна", "юлия", "яна", "эльвира",
        // Male.
        "александр", "алексей", "анатолий", "андрей", "антон", "арсений", "артем", "артур", "богдан", "борис",
        "вадим", "валентин", "валерий", "василий", "виктор", "виталий", "владимир", "владислав", "всеволод",
        "вячеслав", "геннадий", "георгий", "глеб", "григорий", "даниил", "данил", "денис", "дмитрий", "евгений",
        "егор", "иван", "игорь", "илья", "кирилл", "константин", "лев", "леонид", "максим", "марк", "матвей",
        "михаил", "никита", "николай", "олег", "павел", "петр", "роман", "руслан", "семен", "сергей",
        "станислав", "степан", "тимофей", "тимур", "федор", "филипп", "эдуард", "юрий", "ярослав",
    ];

    private static readonly string[] NameEndings = ["а", "я", "ы", "и", "е", "у", "ю", "ой", "ей", "ом", "ем", "ью"];

    /// <summary>Capitalised words that are followed by a letter with a dot without being a surname («Приложение Б.»).</summary>
    private static readonly string[] NotSurnames =
    [
        "приложен", "раздел", "пункт", "част", "групп", "класс", "корпус", "литер", "вариант", "тип", "уровен",
        "форм", "модел", "этап", "таблиц", "рисун", "схем", "блок", "сери", "категори", "подгрупп", "параграф", "глав",
    ];

    private static readonly HashSet<string> FirstNameSet = new(FirstNames, StringComparer.Ordinal);

    /// <summary>Scans one text; returns every finding, in order of position, each fragment once.</summary>
    public static IReadOnlyList<PersonalDataFinding> Scan(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var findings = new List<PersonalDataFinding>();
        foreach (var fragment in FindNames(text))
        {
            findings.Add(new PersonalDataFinding(MonitoringCodes.PersonalName, fragment,
                $"похоже на имя, фамилию или инициалы человека. Имена участников — персональные данные; публиковать их без письменного согласия на распространение нельзя ({Law}, ст. 7 и 10.1), а в мониторинге публикуются только обобщённые цифры.",
                "Уберите имя и инициалы; если нужно, назовите роль («наставник», «молодой специалист»)."));
        }

        foreach (Match m in ClassLetterPattern().Matches(text))
        {
            findings.Add(new PersonalDataFinding(MonitoringCodes.ClassLetter, m.Value.Trim(),
                $"обозначение класса с буквой. В одном классе 20–25 детей, и цифры по классу указывают на конкретных обучающихся ({Law}).",
                "Укажите цифры по школе в целом или по уровню образования без букв классов (например, «обучающиеся 5–9 классов»)."));
        }

        foreach (Match m in BirthDatePattern().Matches(text))
        {
            findings.Add(new PersonalDataFinding(MonitoringCodes.BirthDate, m.Value.Trim(),
                $"дата или год рождения — персональные данные ({Law}, ст. 3).",
                "Уберите дату рождения; если важен возраст, укажите возрастную группу без дат («обучающиеся 12–15 лет»)."));
        }

        var sensitive = SensitivePattern().Match(text);
        if (sensitive.Success && FindClassOrParallel(text) is { } designation)
        {
            findings.Add(new PersonalDataFinding(MonitoringCodes.SensitiveByClass, sensitive.Value.Trim() + " … " + designation,
                $"категория «{sensitive.Value.Trim()}» в разбивке по классу или параллели («{designation}»). Сведения о здоровье, трудной жизненной ситуации, учёте и неуспеваемости детей в разбивке по классам указывают на конкретных обучающихся; сведения о здоровье — специальная категория персональных данных ({Law}, ст. 10).",
                "Публикуйте такие числа только по школе в целом, без классов и параллелей, или уберите строку."));
        }

        return findings;
    }

    private static string? FindClassOrParallel(string text)
    {
        var m = ClassLetterPattern().Match(text);
        if (m.Success)
        {
            return m.Value.Trim();
        }

        m = ParallelPattern().Match(text);
        return m.Success ? m.Value.Trim() : null;
    }

    private static List<string> FindNames(string text)
    {
        var spans = new List<(int Start, int End)>();
        void Add(int start, int end)
        {
            if (!spans.Any(s => start < s.End && s.Start < end))
            {
                spans.Add((start, end));
            }
        }

        foreach (Match m in SurnameInitialsPattern().Matches(text))
        {
            var surname = m.Groups["surname"].Value.ToLowerInvariant();
            if (!NotSurnames.Any(n => surname.StartsWith(n, StringComparison.Ordinal)))
            {
                Add(m.Index, m.Index + m.Length);
            }
        }

        foreach (Match m in InitialsSurnamePattern().Matches(text))
        {
            var twoInitials = m.Groups["second"].Success;
            if (twoInitials || IsSurnameLike(m.Groups["surname"].Value))
            {
                Add(m.Index, m.Index + m.Length);
            }
        }

        foreach (Match m in InitialsPattern().Matches(text))
        {
            Add(m.Index, m.Index + m.Length);
        }

        var words = WordPattern().Matches(text);
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var a = words[i];
            var b = words[i + 1];
            var between = text.AsSpan(a.Index + a.Length, b.Index - a.Index - a.Length);
            if (between.Length == 0 || !between.IsWhiteSpace() || !IsCapitalised(a.Value) || !IsCapitalised(b.Value))
            {
                continue;
            }

            var nameFirst = IsFirstName(a.Value) && (IsSurnameLike(b.Value) || IsPatronymic(b.Value));
            var surnameFirst = IsSurnameLike(a.Value) && IsFirstName(b.Value);
            var withPatronymic = IsPatronymic(b.Value);
            if (nameFirst || surnameFirst || withPatronymic)
            {
                var end = b.Index + b.Length;
                if (i + 2 < words.Count && IsPatronymic(words[i + 2].Value)
                    && text.AsSpan(end, words[i + 2].Index - end).IsWhiteSpace())
                {
                    end = words[i + 2].Index + words[i + 2].Length;
                }

                Add(a.Index, end);
            }
        }

        return [.. spans.OrderBy(s => s.Start).Select(s => text[s.Start..s.End])];
    }

    /// <summary>«Иванова», «Петров-Водкин», «Педагог-новатор»; not «ОВЗ», not «педагог».</summary>
    private static bool IsCapitalised(string word)
    {
        var parts = word.Split('-');
        var first = parts[0];
        if (first.Length < 2 || !char.IsUpper(first[0]) || first.Skip(1).Any(char.IsUpper))
        {
            return false;
        }

        return parts.Skip(1).All(p => p.Length > 0 && p.Skip(1).All(char.IsLower));
    }

    internal static bool IsFirstName(string word)
    {
        var w = word.ToLowerInvariant().Replace('ё', 'е');
        if (FirstNameSet.Contains(w))
        {
            return true;
        }

        foreach (var name in FirstNames)
        {
            var stem = name.TrimEnd('а', 'я', 'й', 'ь');
            if (stem.Length >= 3 && w.Length > stem.Length && w.StartsWith(stem, StringComparison.Ordinal)
                && NameEndings.Contains(w[stem.Length..]))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsSurnameLike(string word) =>
        IsCapitalised(word) && SurnameEndingPattern().IsMatch(word.ToLowerInvariant().Replace('ё', 'е'));

    internal static bool IsPatronymic(string word) =>
        IsCapitalised(word) && PatronymicPattern().IsMatch(word.ToLowerInvariant());

    [GeneratedRegex(@"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"(?:ов|ев|ин|ын)(?:а|у|ым|е|ой|ы|ых)?$|(?:ск|цк)(?:ий|ая|ого|ой|ому|ую|им|их)$|(?:енко|чук|юк|ук|ян|дзе|швили|ых|их)$", RegexOptions.CultureInvariant)]
    private static partial Regex SurnameEndingPattern();

    [GeneratedRegex(@"(?:ович|евич|ьич|овна|евна|ична|инична)(?:а|у|ем|ом|е|ой|ы)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PatronymicPattern();

    /// <summary>«Иванов И. И.», «Иванова И.И.», «Петров-Водкин К. С.», «Иванов И.».</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])(?<surname>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\s+[А-ЯЁ]\.(?:\s?[А-ЯЁ]\.)?", RegexOptions.CultureInvariant)]
    private static partial Regex SurnameInitialsPattern();

    /// <summary>«И. И. Иванов», «И.И. Иванов», «С. Жигалова».</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])[А-ЯЁ]\.\s?(?:(?<second>[А-ЯЁ])\.\s?)?(?<surname>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)", RegexOptions.CultureInvariant)]
    private static partial Regex InitialsSurnamePattern();

    /// <summary>Initials alone: «И. И.», «М.П.».</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])[А-ЯЁ]\.\s?[А-ЯЁ]\.(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex InitialsPattern();

    /// <summary>
    /// A class with its letter: «7 Б», «7Б», «9а», «9-а», «10 «А»». With a space only a capital letter counts
    /// («до 5 в неделю» is not a class); without one, only the usual class letters А–Д, so that ordinal
    /// endings («5-х», «7-е») are not taken for letters.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\d])(?:1[01]|[1-9])(?:\s*[-–]?\s*[«""“'][А-ЯЁа-яё][»""”']|[-–]?[АБВГДабвгд]|\s+[АБВГД])(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex ClassLetterPattern();

    /// <summary>A class or a parallel: «классы», «7 класс», «параллель», «7-х», «5–9-е».</summary>
    [GeneratedRegex(@"(?<![\p{L}-])(?:класс\p{L}*|параллел\p{L}*)|(?<![\p{L}\d])(?:1[01]|[1-9])(?:\s*[-–]\s*(?:1[01]|[1-9]))?\s*-(?:х|е|ые|ых|м|й|го)(?!\p{L})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ParallelPattern();

    [GeneratedRegex(@"(?<!\p{L})(?:дат\p{L}*\s+рожд\p{L}*|год\p{L}*\s+рожд\p{L}*|д\.\s?р\.|г\.\s?р\.|родил(?:ся|ась|ись)|родивш\p{L}*|рожд[её]нн?\p{L}*)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BirthDatePattern();

    [GeneratedRegex(@"(?<!\p{L})(?:ОВЗ|ТЖС|КДН(?:\s?и\s?ЗП)?|ПДН|инвалид\p{L}*|ограниченн\p{L}*\s+возможност\p{L}*\s+здоровья|трудн\p{L}*\s+жизненн\p{L}*\s+ситуаци\p{L}*|внутришкольн\p{L}*\s+уч[её]т\p{L}*|на\s+(?:\p{L}+\s+)?уч[её]те|неуспева\p{L}*|групп\p{L}*\s+риска)(?!\p{L})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SensitivePattern();
}
