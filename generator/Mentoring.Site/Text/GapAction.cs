namespace Mentoring.Site.Text;

/// <summary>What to do with the gap between two significant tokens.</summary>
internal enum GapAction : byte
{
    /// <summary>Leave it (spaces are still collapsed).</summary>
    Keep,

    /// <summary>Make it one no-break space (replacing the space, or inserting one where a rule allows).</summary>
    NoBreakSpace,

    /// <summary>Make it one ordinary space, as after a dash.</summary>
    Space,
}
