using System.Globalization;

namespace Mentoring.Site.Text;

/// <summary>
/// Chooses the Russian noun form for a count. Counts appear all over the site (practices in a
/// library filter, mentors in a form, pairs in monitoring totals); the rules are CLDR «ru», kept
/// here once so that templates never hand-roll <c>n == 1 ? … : …</c>, which is wrong for 21 or 22.
/// </summary>
public static class RussianPlural
{
    /// <summary>
    /// The CLDR «ru» category of an integer. Negative numbers use their absolute value, so that
    /// a difference such as «−2 практики» reads the same way as its magnitude.
    /// </summary>
    public static PluralCategory Category(long n)
    {
        // Unsigned magnitude: Math.Abs(long.MinValue) would overflow.
        ulong magnitude = n < 0 ? unchecked((ulong)(-(n + 1)) + 1UL) : (ulong)n;
        ulong lastDigit = magnitude % 10;
        ulong lastTwo = magnitude % 100;
        if (lastDigit == 1 && lastTwo != 11)
        {
            return PluralCategory.One;
        }

        if (lastDigit is >= 2 and <= 4 && lastTwo is not (>= 12 and <= 14))
        {
            return PluralCategory.Few;
        }

        return PluralCategory.Many;
    }

    /// <summary>Returns <paramref name="one"/>, <paramref name="few"/> or <paramref name="many"/> by <see cref="Category"/>.</summary>
    public static string Choose(long n, string one, string few, string many)
    {
        ArgumentNullException.ThrowIfNull(one);
        ArgumentNullException.ThrowIfNull(few);
        ArgumentNullException.ThrowIfNull(many);
        return Category(n) switch
        {
            PluralCategory.One => one,
            PluralCategory.Few => few,
            _ => many,
        };
    }

    /// <summary>
    /// The form after «из», «до», «от», «более» (genitive): «из 21 балла», «из 22 баллов», «до 5 баллов». The genitive
    /// singular is the form that follows 2–4 (<paramref name="few"/>), the genitive plural the one that follows 5
    /// (<paramref name="many"/>); a count in the «one» category takes the singular, any other the plural.
    /// </summary>
    public static string ChooseGenitive(long n, string few, string many)
    {
        ArgumentNullException.ThrowIfNull(few);
        ArgumentNullException.ThrowIfNull(many);
        return Category(n) == PluralCategory.One ? few : many;
    }

    /// <summary>
    /// «21 практика»: the number in plain invariant digits, a no-break space (a number must not be
    /// left at the end of a line without its noun) and the matching form.
    /// </summary>
    public static string Format(long n, string one, string few, string many) =>
        string.Concat(n.ToString(CultureInfo.InvariantCulture), "\u00A0", Choose(n, one, few, many));
}
