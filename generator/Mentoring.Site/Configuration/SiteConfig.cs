using Mentoring.Site.Yaml;

namespace Mentoring.Site.Configuration;

/// <summary><c>content/site.yml</c>: the school, the section and where it is published. Read and validated once per build.</summary>
public sealed class SiteConfig : YamlObject
{
    [YamlRequired]
    public SchoolInfo School { get; set; } = new();

    [YamlRequired]
    public string SectionTitle { get; set; } = string.Empty;

    public string? Description { get; set; }

    /// <summary>Absolute URL of the section on the host (for sitemap and feed); empty when unknown.</summary>
    public string? BaseUrl { get; set; }

    public CuratorInfo? Curator { get; set; }

    /// <summary>Date of the last change of the section as a whole; pages fall back to it.</summary>
    public DateOnly? Updated { get; set; }

    public DeployConfig? Deploy { get; set; }

    public LimitsConfig? Limits { get; set; }
}

public sealed class SchoolInfo : YamlObject
{
    [YamlRequired]
    public string FullName { get; set; } = string.Empty;

    [YamlRequired]
    public string ShortName { get; set; } = string.Empty;

    [YamlRequired]
    public string Address { get; set; } = string.Empty;

    [YamlRequired]
    public string Phone { get; set; } = string.Empty;

    [YamlRequired]
    public string Email { get; set; } = string.Empty;

    public string? Website { get; set; }

    /// <summary>True while the contacts are placeholders: the site says so.</summary>
    public bool Example { get; set; }
}

public sealed class CuratorInfo : YamlObject
{
    [YamlRequired]
    public string Position { get; set; } = string.Empty;

    /// <summary>Published only with <see cref="Consent"/> (ст. 10.1 152-ФЗ).</summary>
    public string? Name { get; set; }

    public bool Consent { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public bool Example { get; set; }
}

/// <summary>SFTP upload settings; secrets never live here, only in environment variables.</summary>
public sealed class DeployConfig : YamlObject
{
    public string? Host { get; set; }

    public int Port { get; set; } = 22;

    public string? User { get; set; }

    public string? RemotePath { get; set; }

    public string? KeyFile { get; set; }
}

/// <summary>Safety limits for hostile or accidental input; defaults are generous for real content.</summary>
public sealed class LimitsConfig : YamlObject
{
    public int? MaxFileMegabytes { get; set; }

    public int? MaxNesting { get; set; }

    public int? MaxTags { get; set; }

    public int? SmallCountThreshold { get; set; }
}
