namespace Mentoring.Site.Text;

// Temporary minimal version; replaced by the full implementation from the text branch.
public static class RussianPlural
{
    public static string Choose(long n, string one, string few, string many)
    {
        var a = Math.Abs(n);
        return a % 10 == 1 && a % 100 != 11 ? one : a % 10 is >= 2 and <= 4 && a % 100 is < 12 or > 14 ? few : many;
    }

    public static string Format(long n, string one, string few, string many) =>
        n.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\u00A0" + Choose(n, one, few, many);
}
