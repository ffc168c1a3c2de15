namespace Mentoring.Site.Library.Search;

/// <summary>A term of a query: a stem, matched exactly or — for the word being typed — as a prefix of stems.</summary>
public sealed record SearchTerm(string Stem, bool Prefix);
