using Mentoring.Site.Yaml;

namespace Mentoring.Site.Section;

/// <summary>A school document about mentoring (data/documents.yml), optionally with a file and a signature.</summary>
public sealed class SchoolDocument : YamlObject
{
    [YamlRequired]
    public string Id { get; set; } = string.Empty;

    [YamlRequired]
    public string Title { get; set; } = string.Empty;

    [YamlRequired]
    public string Kind { get; set; } = string.Empty;

    public DateOnly? Date { get; set; }

    public string? Number { get; set; }

    /// <summary>Path under content/; must exist, be of an allowed type and at most 15 MB.</summary>
    public string? File { get; set; }

    public DocumentSignature? Signature { get; set; }

    public bool Example { get; set; }

    /// <summary>Resolved after validation: output link, type label and size.</summary>
    [YamlIgnore]
    public AttachedFile? Attachment { get; set; }
}

public sealed class DocumentSignature : YamlObject
{
    [YamlRequired]
    public string Signer { get; set; } = string.Empty;

    [YamlRequired]
    public string Position { get; set; } = string.Empty;

    [YamlRequired]
    public DateTime? SignedAt { get; set; }

    [YamlRequired]
    public string KeyId { get; set; } = string.Empty;
}
