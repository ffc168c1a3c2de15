using Mentoring.Site.Build;

namespace Mentoring.Publish.Preview;

/// <summary>One preview build: its report and, when it succeeded, the folder holding the complete site.</summary>
public sealed record SiteGeneration(BuildReport Report, string? Folder)
{
    public bool Succeeded => Folder is not null;
}
