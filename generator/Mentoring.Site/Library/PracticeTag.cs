namespace Mentoring.Site.Library;

/// <summary>A tag as written in the practice, with the slug that groups its spellings («ИКТ», «икт»).</summary>
public sealed record PracticeTag(string Name, string Slug);
