using System.Collections.Frozen;

namespace Mentoring.Site.Text;

/// <summary>
/// Word lists for the typography rules, looked up by span without allocating. Case-insensitive,
/// because the same words start sentences and fill upper-case headings.
/// </summary>
internal static class TypographyWords
{
    /// <summary>Words longer than two letters that still must not end a line (prepositions, conjunctions).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ShortWords = Lookup(
        "без", "для", "из-за", "из-под", "над", "обо", "под", "при", "про", "через");

    /// <summary>Particles that cling to the word before them.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Particles = Lookup(
        "ли", "ль", "же", "бы", "б");

    /// <summary>Words that follow a year: «2022 г.», «2022 года».</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> YearWords = Lookup(
        "г", "гг", "год", "года", "году", "годом", "годе", "годы", "годов", "годам", "годами", "годах");

    /// <summary>Month names in the genitive, as after a day number.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthsGenitive = Lookup(
        "января", "февраля", "марта", "апреля", "мая", "июня",
        "июля", "августа", "сентября", "октября", "ноября", "декабря");

    /// <summary>Second letters of «т. д.», «т. е.», «т. п.», «т. к.», «т. н.», «т. ч.».</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AfterTe = Lookup(
        "д", "е", "п", "к", "н", "ч");

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
