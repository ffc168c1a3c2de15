namespace Mentoring.Site.Monitoring;

/// <summary>The three Russian plural forms of a unit: пара / пары / пар.</summary>
public sealed record UnitForms(string One, string Few, string Many)
{
    public static readonly UnitForms Pairs = new("пара", "пары", "пар");

    public static readonly UnitForms Groups = new("группа", "группы", "групп");

    public static readonly UnitForms People = new("человек", "человека", "человек");

    public static readonly UnitForms Points = new("балл", "балла", "баллов");

    public static readonly UnitForms Events = new("мероприятие", "мероприятия", "мероприятий");

    public static readonly UnitForms Practices = new("практика", "практики", "практик");
}
