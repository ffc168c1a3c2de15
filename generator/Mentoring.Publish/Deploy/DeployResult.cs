namespace Mentoring.Publish.Deploy;

/// <summary>What <c>deploy</c> did (or, with <see cref="DryRun"/>, would do).</summary>
public sealed record DeployResult(
    DeployPlan Plan,
    bool DryRun,
    bool Resumed,
    bool ManifestUnreadable,
    string HostKey,
    TimeSpan Elapsed);
