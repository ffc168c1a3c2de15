using Mentoring.Site.Build;

namespace Mentoring.Publish.Preview;

/// <summary>How <c>serve</c> runs: what to build, where to listen, how patient to be with editors.</summary>
public sealed record PreviewOptions
{
    /// <summary>The site and build options; the output folder and injected markup are the preview's own.</summary>
    public required BuildSettings Build { get; init; }

    /// <summary>First port to try on 127.0.0.1; the next ones are tried while taken. 0 picks any free port.</summary>
    public int Port { get; init; } = 8080;

    public int PortAttempts { get; init; } = 20;

    /// <summary>Quiet time after the last file event before a rebuild starts.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Longest wait for quiet: a program that writes without pause still gets a rebuild.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Where the temporary work folder goes; the system's temporary folder by default.</summary>
    public string? WorkParent { get; init; }

    /// <summary>
    /// Makes the rebuilder from the build settings and the work folder. Null gives <see cref="FullSiteRebuilder"/>;
    /// an incremental builder plugs in here.
    /// </summary>
    public Func<BuildSettings, string, ISiteRebuilder>? CreateRebuilder { get; init; }

    /// <summary>Turns a diagnostic's content-relative path into what people see (the console's rule).</summary>
    public Func<string?, string?> DisplayPath { get; init; } = p => p;

    /// <summary>Called when files changed and a rebuild starts (from the watcher's task).</summary>
    public Action<IReadOnlyList<string>>? Rebuilding { get; init; }

    /// <summary>Called after every build, the first one included, once the result is being served.</summary>
    public Action<PreviewBuild>? Built { get; init; }
}
