namespace Mentoring.Site.Library.Search;

/// <summary>
/// The Snowball Russian stemmer (snowballstem.org, russian.sbl), written out by hand. The same algorithm,
/// line for line, is in <c>themes/default/static/js/search.js</c>: the index is built with this one and
/// queried with that one, and a test runs both on a word list to prove they agree.
/// Input is one lower-case word; «ё» is read as «е»; words with anything but Russian letters are returned as they are.
/// </summary>
public static class RussianStemmer
{
    // Each list is an "among" of the Snowball source. Group 1 endings must follow «а» or «я» (which stays).
    private static readonly Ending[] PerfectiveGerund = Among(["в", "вши", "вшись"], ["ив", "ивши", "ившись", "ыв", "ывши", "ывшись"]);

    private static readonly Ending[] Adjective = Among([], [
        "ее", "ие", "ые", "ое", "ими", "ыми", "ей", "ий", "ый", "ой", "ем", "им", "ым",
        "ом", "его", "ого", "ему", "ому", "их", "ых", "ую", "юю", "ая", "яя", "ою", "ею",
    ]);

    private static readonly Ending[] Participle = Among(["ем", "нн", "вш", "ющ", "щ"], ["ивш", "ывш", "ующ"]);

    private static readonly Ending[] Reflexive = Among([], ["ся", "сь"]);

    private static readonly Ending[] Verb = Among(
        ["ла", "на", "ете", "йте", "ли", "й", "л", "ем", "н", "ло", "но", "ет", "ют", "ны", "ть", "ешь", "нно"],
        [
            "ила", "ыла", "ена", "ейте", "уйте", "ите", "или", "ыли", "ей", "уй", "ил", "ыл", "им", "ым", "ен",
            "ило", "ыло", "ено", "ят", "ует", "уют", "ит", "ыт", "ены", "ить", "ыть", "ишь", "ую", "ю",
        ]);

    private static readonly Ending[] Noun = Among([], [
        "а", "ев", "ов", "ие", "ье", "е", "иями", "ями", "ами", "еи", "ии", "и", "ией", "ей", "ой", "ий", "й",
        "иям", "ям", "ием", "ем", "ам", "ом", "о", "у", "ах", "иях", "ях", "ы", "ь", "ию", "ью", "ю", "ия", "ья", "я",
    ]);

    private static readonly Ending[] Derivational = Among([], ["ост", "ость"]);

    private static readonly Ending[] TidyUp = Among([], ["ейш", "ейше", "н", "ь"]);

    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = word.Replace('ё', 'е');
        foreach (var c in w)
        {
            if (c is < 'а' or > 'я')
            {
                return w;
            }
        }

        var (rv, r2) = Regions(w);
        var end = w.Length;

        // Step 1.
        if (!RemoveEnding(w, ref end, rv, PerfectiveGerund))
        {
            RemoveEnding(w, ref end, rv, Reflexive);
            if (!RemoveAdjectival(w, ref end, rv) && !RemoveEnding(w, ref end, rv, Verb))
            {
                RemoveEnding(w, ref end, rv, Noun);
            }
        }

        // Step 2.
        if (end - 1 >= rv && w[end - 1] == 'и')
        {
            end--;
        }

        // Step 3: a derivational ending, only within R2.
        var d = Longest(w, end, rv, Derivational);
        if (d is not null && end - d.Text.Length >= r2)
        {
            end -= d.Text.Length;
        }

        // Step 4.
        var t = Longest(w, end, rv, TidyUp);
        if (t is not null)
        {
            switch (t.Text)
            {
                case "ейш" or "ейше":
                    end -= t.Text.Length;
                    if (end - 2 >= rv && w[end - 1] == 'н' && w[end - 2] == 'н')
                    {
                        end--;
                    }

                    break;
                case "н":
                    if (end - 2 >= rv && w[end - 2] == 'н')
                    {
                        end--;
                    }

                    break;
                default:
                    end--;
                    break;
            }
        }

        return w[..end];
    }

    /// <summary>
    /// RV starts after the first vowel; R2 is R1 of R1, where R1 starts after the first non-vowel that
    /// follows a vowel. Both are the word's end when the word is too short to have them.
    /// </summary>
    private static (int Rv, int R2) Regions(string w)
    {
        var n = w.Length;
        var i = 0;
        while (i < n && !IsVowel(w[i]))
        {
            i++;
        }

        if (i >= n)
        {
            return (n, n);
        }

        var rv = i + 1;
        var r2 = n;
        i = rv;
        while (i < n && IsVowel(w[i]))
        {
            i++;
        }

        if (i < n)
        {
            i++; // R1 starts here.
            while (i < n && !IsVowel(w[i]))
            {
                i++;
            }

            if (i < n)
            {
                i++;
                while (i < n && IsVowel(w[i]))
                {
                    i++;
                }

                if (i < n)
                {
                    r2 = i + 1;
                }
            }
        }

        return (rv, r2);
    }

    private static bool IsVowel(char c) => c is 'а' or 'е' or 'и' or 'о' or 'у' or 'ы' or 'э' or 'ю' or 'я';

    private static bool RemoveAdjectival(string w, ref int end, int rv)
    {
        if (!RemoveEnding(w, ref end, rv, Adjective))
        {
            return false;
        }

        RemoveEnding(w, ref end, rv, Participle);
        return true;
    }

    /// <summary>
    /// Snowball's "among": the longest ending that lies within RV. A group 1 ending also needs «а» or «я»
    /// before it (within RV); when that fails, the step fails — no shorter ending is tried.
    /// </summary>
    private static bool RemoveEnding(string w, ref int end, int rv, Ending[] among)
    {
        var e = Longest(w, end, rv, among);
        if (e is null)
        {
            return false;
        }

        var start = end - e.Text.Length;
        if (e.NeedsAOrYa && !(start - 1 >= rv && w[start - 1] is 'а' or 'я'))
        {
            return false;
        }

        end = start;
        return true;
    }

    private static Ending? Longest(string w, int end, int rv, Ending[] among)
    {
        foreach (var e in among)
        {
            var start = end - e.Text.Length;
            if (start >= rv && string.CompareOrdinal(w, start, e.Text, 0, e.Text.Length) == 0)
            {
                return e;
            }
        }

        return null;
    }

    private static Ending[] Among(string[] afterAOrYa, string[] plain) =>
        [.. afterAOrYa.Select(t => new Ending(t, true)).Concat(plain.Select(t => new Ending(t, false)))
            .OrderByDescending(e => e.Text.Length)];

    private sealed record Ending(string Text, bool NeedsAOrYa);
}
