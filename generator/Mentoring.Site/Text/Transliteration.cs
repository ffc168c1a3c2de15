using System.Text;

namespace Mentoring.Site.Text;

/// <summary>
/// Turns Russian titles and file names into ASCII slugs. Output names must be ASCII and lower
/// case because FTP uploads and some school hostings mangle Cyrillic names, and a slug must be
/// stable once published, so the mapping is a fixed table (close to the passport-style scheme:
/// «й» → y, «х» → kh, «ц» → ts, «щ» → shch) and never depends on the machine's culture.
/// </summary>
public static class Transliteration
{
    /// <summary>
    /// A URL- and file-safe slug: «Открытый урок» → <c>otkrytyy-urok</c>.
    /// Invisible characters pasted from Word or the web (zero-width and bidi controls) are dropped
    /// first so that two titles that look the same get the same slug; then the text is NFKC
    /// normalised, so a decomposed «й» or a full-width letter maps like its ordinary form (and «№»
    /// becomes «No», so «Приказ № 5» → <c>prikaz-no-5</c>).
    /// Every run of other characters becomes one '-'. A result longer than
    /// <paramref name="maxLength"/> is cut at a '-' where possible, so words are not chopped.
    /// Returns "" when nothing usable is left; callers decide what to do then.
    /// </summary>
    public static string ToSlug(string text, int maxLength = 80)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);

        string normalized = RemoveInvisible(text).Normalize(NormalizationForm.FormKC);
        var slug = new StringBuilder(normalized.Length + 8);
        bool pendingSeparator = false;
        foreach (char original in normalized)
        {
            char c = char.ToLowerInvariant(original);
            string? cyrillic = c switch
            {
                >= 'а' and <= 'я' => Cyrillic[c - 'а'],
                'ё' => "e",
                _ => null,
            };
            if (cyrillic is null && !char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c))
            {
                pendingSeparator = true;
                continue;
            }

            if (cyrillic is { Length: 0 })
            {
                // «ъ» and «ь» vanish inside a word without splitting it.
                continue;
            }

            if (pendingSeparator && slug.Length > 0)
            {
                slug.Append('-');
            }

            pendingSeparator = false;
            if (cyrillic is null)
            {
                slug.Append(c);
            }
            else
            {
                slug.Append(cyrillic);
            }
        }

        if (slug.Length <= maxLength)
        {
            return slug.ToString();
        }

        string full = slug.ToString();
        int cut = full.LastIndexOf('-', maxLength);
        return cut > 0 ? full[..cut] : full[..maxLength].TrimEnd('-');
    }

    /// <summary>
    /// An output file name: the stem becomes a slug and an ASCII extension is kept in lower case,
    /// so «Положение о наставничестве.PDF» → <c>polozhenie-o-nastavnichestve.pdf</c>.
    /// Expects a bare file name, not a path. Returns "" when the stem has nothing usable, rather
    /// than inventing a name such as ".pdf".
    /// </summary>
    public static string ToFileName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string trimmed = name.Trim();
        int dot = trimmed.LastIndexOf('.');
        if (dot <= 0 || dot == trimmed.Length - 1 || !IsAsciiExtension(trimmed.AsSpan(dot + 1)))
        {
            return ToSlug(trimmed);
        }

        string stem = ToSlug(trimmed[..dot]);
        return stem.Length == 0 ? "" : string.Concat(stem, ".", trimmed[(dot + 1)..].ToLowerInvariant());
    }

    /// <summary>
    /// True for a slug as <see cref="ToSlug"/> makes it: lower-case ASCII letters and digits in words joined by single
    /// hyphens. The only form an address segment written by hand (a slug, a data id) may take: no dots, no slashes.
    /// </summary>
    public static bool IsSlug(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0 || value[0] == '-' || value[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || (c == '-' && value[i - 1] != '-')))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiExtension(ReadOnlySpan<char> extension)
    {
        if (extension.Length > 16)
        {
            return false;
        }

        foreach (char c in extension)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string RemoveInvisible(string text)
    {
        if (text.AsSpan().IndexOfAny(InvisibleCharacters.Set) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (!InvisibleCharacters.Set.Contains(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    // Indexed from «а» (U+0430) to «я» (U+044F); «ё» (U+0451) lies outside and is handled apart.
    private static readonly string[] Cyrillic =
    [
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
        "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
    ];
}
