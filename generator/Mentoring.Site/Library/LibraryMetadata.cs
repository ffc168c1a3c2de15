namespace Mentoring.Site.Library;

/// <summary>Metadata keys the library adds to documents, beside the shared <see cref="Build.MetadataKeys"/>.</summary>
public static class LibraryMetadata
{
    /// <summary>The validated <see cref="Library.Practice"/> of a practice page.</summary>
    public const string Practice = "practice";

    /// <summary>The <see cref="PracticeCatalog"/>, on the library's document without destination.</summary>
    public const string Catalog = "library-catalog";

    /// <summary>
    /// True (on the catalog document) when the library's pages are made: the site has practices, or its theme
    /// has the library layouts. A site with neither (a minimal theme, no practices) gets no library pages.
    /// </summary>
    public const string Enabled = "library-enabled";

    /// <summary>Page kind of the generated list, facet and search pages.</summary>
    public const string LibraryKind = "library";

    /// <summary>Page kind of a practice page.</summary>
    public const string PracticeKind = "practice";
}
