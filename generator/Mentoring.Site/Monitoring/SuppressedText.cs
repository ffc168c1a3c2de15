namespace Mentoring.Site.Monitoring;

/// <summary>The texts shown instead of hidden figures, and the display of a count in a given state.</summary>
public static class SuppressedText
{
    /// <summary>Shown for a cell hidden only to protect another (complementary suppression).</summary>
    public const string Hidden = "скрыто";

    /// <summary>«менее 5».</summary>
    public static string Small(int threshold) => RussianFormat.LessThan(threshold);

    /// <summary>«нет данных: менее 5 участников» — a percentage or an average over too few people.</summary>
    public static string NoData(int threshold) => "нет данных: " + RussianFormat.LessThan(threshold) + RussianFormat.NoBreakSpace + "участников";

    /// <summary>The display of a count of people: its number, «менее 5» or «скрыто».</summary>
    public static string Count(int value, CellState state, int threshold) => state switch
    {
        CellState.Small => Small(threshold),
        CellState.Complementary => Hidden,
        _ => RussianFormat.Number(value),
    };

    /// <summary>The state of a single count with no total beside it: small or shown.</summary>
    public static CellState StateOf(int value, int threshold) =>
        value > 0 && value < threshold ? CellState.Small : CellState.Shown;

    /// <summary>An explanation for the page, under the tables.</summary>
    public static string Explanation(int threshold) =>
        $"Число людей от 1 до {threshold - 1} показывается как «{Small(threshold)}», чтобы по цифрам нельзя было узнать конкретного участника. "
        + $"Если такое число можно вычислить из итога, скрывается и соседнее значение («{Hidden}»). "
        + $"Доли и средние по группе меньше {threshold} человек не показываются.";
}
