using System.Globalization;

namespace Mentoring.Publish;

/// <summary>Sizes as people read them, in Russian units: «512 Б», «14,2 КБ», «3,5 МБ».</summary>
public static class Bytes
{
    public static string Format(long bytes)
    {
        var culture = CultureInfo.GetCultureInfo("ru-RU");
        return bytes switch
        {
            < 1024 => bytes.ToString(culture) + "\u00A0Б",
            < 1024 * 1024 => (bytes / 1024.0).ToString("0.#", culture) + "\u00A0КБ",
            < 1024L * 1024 * 1024 => (bytes / 1024.0 / 1024).ToString("0.#", culture) + "\u00A0МБ",
            _ => (bytes / 1024.0 / 1024 / 1024).ToString("0.##", culture) + "\u00A0ГБ",
        };
    }
}
