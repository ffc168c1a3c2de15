namespace Mentoring.Site.Text;

// Temporary minimal version; replaced by the full implementation from the text branch.
public static class TextMatching
{
    public static string NormalizeKey(string s) => s.ToLowerInvariant().Replace('ё', 'е');

    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (prev, cur) = (cur, prev);
        }

        return prev[b.Length];
    }

    public static IReadOnlyList<string> Closest(string value, IEnumerable<string> candidates, int max = 3) =>
        [.. candidates.Select(c => (c, d: Distance(NormalizeKey(value), NormalizeKey(c))))
            .Where(x => x.d <= Math.Max(2, value.Length / 3))
            .OrderBy(x => x.d).ThenBy(x => x.c, StringComparer.Ordinal).Take(max).Select(x => x.c)];
}
