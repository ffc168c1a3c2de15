namespace Mentoring.Engine;

public enum Severity
{
    Warning,
    Error,
}
