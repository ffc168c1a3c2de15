namespace Mentoring.Cli;

/// <summary>Named exit codes: scripts and CI tell content mistakes from tool failures.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The content has errors; the previous output/ is untouched.</summary>
    public const int ContentErrors = 1;

    /// <summary>Wrong command-line arguments.</summary>
    public const int UsageError = 2;

    /// <summary>A bug in the generator; the previous output/ is untouched.</summary>
    public const int InternalError = 3;

    /// <summary>Another build of the same site held the lock too long.</summary>
    public const int Locked = 4;

    /// <summary>Network or remote server problem (deploy).</summary>
    public const int RemoteError = 5;

    /// <summary>Stopped by Ctrl+C.</summary>
    public const int Cancelled = 130;
}
