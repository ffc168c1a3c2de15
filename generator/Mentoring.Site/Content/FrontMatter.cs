using Mentoring.Engine;

namespace Mentoring.Site.Content;

/// <summary>A Markdown file split into its YAML front matter and its body, with the body's first line number.</summary>
public sealed record FrontMatter(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    public const string MissingCode = "MNT0220";
    public const string UnclosedCode = "MNT0221";
    public const string EmptyFileCode = "MNT0222";

    /// <summary>
    /// Splits <paramref name="text"/> (already LF-normalised). The file must start with a line <c>---</c>
    /// and the front matter ends at the next line <c>---</c>.
    /// </summary>
    public static FrontMatter? Split(string text, string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(Diagnostic.Error(EmptyFileCode,
                "Файл пуст. Добавьте в начало блок свойств между строками «---» (как минимум «title: Название») и текст страницы, или удалите файл.",
                path, 1, 1));
            return null;
        }

        if (!text.StartsWith("---\n", StringComparison.Ordinal) && !text.StartsWith("--- \n", StringComparison.Ordinal))
        {
            diagnostics.Add(Diagnostic.Error(MissingCode,
                "Файл должен начинаться с блока свойств: первая строка — «---», затем поля вида «title: Название», затем снова «---».",
                path, 1, 1));
            return null;
        }

        var start = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        var pos = start;
        var line = 2;
        while (pos <= text.Length)
        {
            var end = text.IndexOf('\n', pos);
            var lineText = (end < 0 ? text.AsSpan(pos) : text.AsSpan(pos, end - pos)).TrimEnd();
            if (lineText is "---" or "...")
            {
                var yaml = text[start..pos];
                var body = end < 0 ? string.Empty : text[(end + 1)..];
                return new FrontMatter(yaml, 2, body, line + 1);
            }

            if (end < 0)
            {
                break;
            }

            pos = end + 1;
            line++;
        }

        diagnostics.Add(Diagnostic.Error(UnclosedCode,
            "Блок свойств не закрыт: после полей должна идти строка «---», а за ней — текст страницы.",
            path, 1, 1));
        return null;
    }
}
