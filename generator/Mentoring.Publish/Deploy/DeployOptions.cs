namespace Mentoring.Publish.Deploy;

/// <summary>Options of one <c>deploy</c> run.</summary>
public sealed record DeployOptions
{
    /// <summary>Only say what would change; nothing on the server is touched.</summary>
    public bool DryRun { get; init; }

    /// <summary>Reported before, during and after every file, on the uploading thread.</summary>
    public Action<DeployProgress>? Progress { get; init; }
}
