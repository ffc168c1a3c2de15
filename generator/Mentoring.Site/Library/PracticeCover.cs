namespace Mentoring.Site.Library;

/// <summary>A checked cover image: output path of the copied file and its alternative text.</summary>
public sealed record PracticeCover(string Url, string Alt);
