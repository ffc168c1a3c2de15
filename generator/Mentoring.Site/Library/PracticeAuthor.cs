namespace Mentoring.Site.Library;

/// <summary>An author who may be named: a teacher with recorded consent.</summary>
public sealed record PracticeAuthor(string Name, string? Position);
