namespace Mentoring.Site.Library;

/// <summary>
/// Diagnostic codes of the methodical library (MNT0600–MNT0699). Stable: curators search for them,
/// and tests assert them.
/// </summary>
public static class LibraryCodes
{
    /// <summary>The practice file has no front matter fields at all.</summary>
    public const string EmptyFrontMatter = "MNT0600";

    /// <summary>The form is not one of data/forms.yml.</summary>
    public const string UnknownForm = "MNT0601";

    /// <summary>The model is not one of the models of any form.</summary>
    public const string UnknownModel = "MNT0602";

    /// <summary>The model exists, but belongs to another form.</summary>
    public const string ModelOfOtherForm = "MNT0603";

    /// <summary>The kind is not one of data/kinds.yml.</summary>
    public const string UnknownKind = "MNT0604";

    /// <summary>Authors on a practice of the «ученик – ученик» form: pupils are never named.</summary>
    public const string PupilAuthors = "MNT0605";

    /// <summary>An author without consent to dissemination of personal data.</summary>
    public const string AuthorWithoutConsent = "MNT0606";

    /// <summary>Two practices get the same address.</summary>
    public const string DuplicateSlug = "MNT0607";

    /// <summary>The date is later than the build date (warning).</summary>
    public const string FutureDate = "MNT0608";

    /// <summary>A cover image without alternative text.</summary>
    public const string CoverWithoutAlt = "MNT0609";

    /// <summary>A cover image that is missing, outside content/ or not an image.</summary>
    public const string BadCover = "MNT0610";

    /// <summary>An attachment that does not exist.</summary>
    public const string MissingAttachment = "MNT0611";

    /// <summary>An attachment of a type the school may not publish.</summary>
    public const string AttachmentType = "MNT0612";

    /// <summary>An attachment larger than 15 MB.</summary>
    public const string AttachmentTooLarge = "MNT0613";

    /// <summary>An attachment path that is absolute, escapes content/ or is otherwise unusable.</summary>
    public const string AttachmentPath = "MNT0614";

    /// <summary>The slug field is not a valid address segment.</summary>
    public const string BadSlug = "MNT0615";

    /// <summary>A tag that is empty or has no letters or digits.</summary>
    public const string BadTag = "MNT0616";

    /// <summary>The update date is earlier than the date of the practice (warning).</summary>
    public const string UpdatedBeforeDate = "MNT0617";

    /// <summary>The feed is built without base_url (warning).</summary>
    public const string FeedWithoutBaseUrl = "MNT0618";

    /// <summary>A cover image heavy for slow connections (warning).</summary>
    public const string HeavyCover = "MNT0619";

    /// <summary>The same tag written twice in one practice (warning).</summary>
    public const string DuplicateTag = "MNT0620";

    /// <summary>More tags on one practice than site.yml's limits.max_tags allows.</summary>
    public const string TooManyTags = "MNT0621";

    /// <summary>`new practice`: the file already exists.</summary>
    public const string ScaffoldExists = "MNT0690";

    /// <summary>`new practice`: the title gives no usable file name.</summary>
    public const string ScaffoldBadTitle = "MNT0691";
}
