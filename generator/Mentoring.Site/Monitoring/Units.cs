namespace Mentoring.Site.Monitoring;

/// <summary>Recognises the units of stage-2 parameters.</summary>
public static class Units
{
    public static UnitKind KindOf(string? unit)
    {
        var u = (unit ?? string.Empty).Trim().TrimEnd('.').ToLowerInvariant();
        return u switch
        {
            "%" or "процент" or "процентов" or "проценты" => UnitKind.Percent,
            "чел" or "человек" or "человека" or "участников" or "участника" or "участник" => UnitKind.People,
            _ => UnitKind.Other,
        };
    }
}
