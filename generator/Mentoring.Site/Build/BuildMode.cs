namespace Mentoring.Site.Build;

public enum BuildMode
{
    /// <summary>Build and replace output/.</summary>
    Build,

    /// <summary>Everything but writing: for checking content before publishing.</summary>
    Check,
}
