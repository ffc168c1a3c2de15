namespace Mentoring.Site.Section;

/// <summary>A file from content/ published under an ASCII name, with what a reader needs before downloading it.</summary>
public sealed record AttachedFile(string SourcePath, string OutputPath, string TypeLabel, long Size)
{
    /// <summary>Size for people: «1,2 МБ», «340 КБ».</summary>
    public string SizeLabel => Size switch
    {
        >= 1024 * 1024 => (Size / 1024d / 1024d).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',') + "\u00A0МБ",
        >= 1024 => Math.Max(1, (int)Math.Round(Size / 1024d)).ToString(System.Globalization.CultureInfo.InvariantCulture) + "\u00A0КБ",
        _ => Size.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\u00A0байт",
    };
}
