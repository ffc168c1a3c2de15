namespace Mentoring.Site.Monitoring;

/// <summary>How a published count of people is shown.</summary>
public enum CellState
{
    /// <summary>Shown as its number (0 included).</summary>
    Shown,

    /// <summary>1..threshold − 1: shown as «менее 5».</summary>
    Small,

    /// <summary>
    /// Hidden only so that a small cell cannot be computed from a total (complementary suppression): shown as
    /// «скрыто», never as «менее 5», which would be untrue — the hidden value may well be large.
    /// </summary>
    Complementary,
}
