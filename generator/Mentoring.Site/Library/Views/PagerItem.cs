namespace Mentoring.Site.Library.Views;

/// <summary>A page number in a pagination, or a gap («…») between distant numbers.</summary>
public sealed record PagerItem(int Number, string? Url, bool Current, bool Gap);
