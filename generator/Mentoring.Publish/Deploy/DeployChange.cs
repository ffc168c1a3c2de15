namespace Mentoring.Publish.Deploy;

/// <summary>One file to send or remove; <see cref="Entry"/> is what the server will hold afterwards (null for a deletion).</summary>
public sealed record DeployChange(string Path, ChangeKind Kind, ManifestEntry? Entry)
{
    public long Size => Entry?.Size ?? 0;
}
