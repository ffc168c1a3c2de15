namespace Mentoring.Site.Cache;

/// <summary>
/// Marks a view type whose objects many pages share (a practice's card is on every list page that shows it): a
/// build fingerprints each such object once and reuses the result (<see cref="ModelFingerprint"/>'s memo). Only for
/// objects that do not change once made. Other objects are walked afresh on each page: remembering the many
/// objects of one page costs more than walking them again.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class FingerprintOnceAttribute : Attribute
{
}
