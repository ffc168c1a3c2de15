using System.Globalization;

namespace Mentoring.Engine;

/// <summary>
/// A user-facing problem with the content: a code that stays stable, a Russian message that says what is
/// wrong and how to fix it, and the place. Printed in the shape editors and CI parsers read:
/// <c>path(line,col): ошибка MNT0123: message</c>.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, string? Path = null, int Line = 0, int Column = 0)
{
    public static Diagnostic Error(string code, string message, string? path = null, int line = 0, int column = 0) =>
        new(Severity.Error, code, message, path, line, column);

    public static Diagnostic Warning(string code, string message, string? path = null, int line = 0, int column = 0) =>
        new(Severity.Warning, code, message, path, line, column);

    public override string ToString()
    {
        var kind = Severity == Severity.Error ? "ошибка" : "предупреждение";
        var where = Path is null ? string.Empty
            : Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{Path}({Line},{Math.Max(Column, 1)}): ")
            : Path + ": ";
        return $"{where}{kind} {Code}: {Message}";
    }
}
