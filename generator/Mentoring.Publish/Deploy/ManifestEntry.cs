namespace Mentoring.Publish.Deploy;

/// <summary>One file as the manifest knows it: its SHA-256 (lowercase hex) and size in bytes.</summary>
public sealed record ManifestEntry(string Sha256, long Size);
