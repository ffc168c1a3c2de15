namespace Mentoring.Site.Text;

/// <summary>
/// The three CLDR plural categories that Russian integers fall into. Russian needs three noun
/// forms after a number («1 практика», «2 практики», «5 практик»), so a two-way singular/plural
/// switch would produce visibly wrong text on every count page.
/// </summary>
public enum PluralCategory
{
    /// <summary>n % 10 = 1 and n % 100 ≠ 11: «1 практика», «21 практика».</summary>
    One,

    /// <summary>n % 10 in 2..4 and n % 100 not in 12..14: «2 практики», «24 практики».</summary>
    Few,

    /// <summary>Every other integer: «0 практик», «5 практик», «11 практик».</summary>
    Many,
}
