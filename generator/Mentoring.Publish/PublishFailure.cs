namespace Mentoring.Publish;

/// <summary>Why serving, packing or uploading stopped; the command line turns it into a named exit code.</summary>
public enum PublishFailure
{
    /// <summary>Settings are missing or wrong (site.yml <c>deploy:</c>, environment, options).</summary>
    Configuration,

    /// <summary>There is nothing to publish yet: output/ is missing or holds something it must not.</summary>
    Output,

    /// <summary>The network or the remote server failed; the remote site stays consistent.</summary>
    Remote,

    /// <summary>Stopped by the user (Ctrl+C); like a remote failure, the next run continues.</summary>
    Cancelled,
}
