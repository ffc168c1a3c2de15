using Mentoring.Site.Output;

namespace Mentoring.Site.Tests.Safety;

/// <summary>The swap of a finished build into output/: one atomic exchange, so output/ never disappears, not even for an instant.</summary>
public sealed class AtomicOutputTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "mentoring-swap-" + Guid.NewGuid().ToString("N"));

    public AtomicOutputTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void On_linux_and_macos_two_folders_are_exchanged_in_one_step()
    {
        Assert.True(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "Атомарная замена проверяется на Linux и macOS.");
        var a = Directory.CreateDirectory(Path.Combine(_root, "a")).FullName;
        var b = Directory.CreateDirectory(Path.Combine(_root, "b")).FullName;
        File.WriteAllText(Path.Combine(a, "a.txt"), "a");
        File.WriteAllText(Path.Combine(b, "b.txt"), "b");
        Assert.True(AtomicSwap.TryExchange(a, b));
        Assert.Equal(["b.txt"], Directory.GetFiles(a).Select(Path.GetFileName));
        Assert.Equal(["a.txt"], Directory.GetFiles(b).Select(Path.GetFileName));
        Assert.False(AtomicSwap.TryExchange(a, Path.Combine(_root, "net")));
    }

    [Fact]
    public async Task Output_never_disappears_while_builds_are_swapped_in()
    {
        var output = Path.Combine(_root, "output");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "index.html"), "0");
        using var stop = new CancellationTokenSource();
        var missing = 0;
        var looks = 0;
        using var started = new ManualResetEventSlim();
        var watcher = Task.Factory.StartNew(() =>
        {
            started.Set();
            while (!stop.IsCancellationRequested)
            {
                Interlocked.Increment(ref looks);
                if (!File.Exists(Path.Combine(output, "index.html")))
                {
                    Interlocked.Increment(ref missing);
                }
            }
        }, TaskCreationOptions.LongRunning);
        started.Wait(TimeSpan.FromSeconds(30));

        for (var i = 1; i <= 300; i++)
        {
            var committer = new OutputCommitter(output);
            committer.PrepareStaging();
            File.WriteAllText(Path.Combine(committer.StagingPath, "index.html"), i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            committer.Commit();
        }

        await stop.CancelAsync();
        await watcher;
        Assert.True(looks > 100, $"the watcher looked {looks} times only");
        Assert.Equal(0, missing);
        Assert.Equal("300", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal(OperatingSystem.IsLinux() ? [".output.previous", "output"] : ["output"], Directory.GetDirectories(_root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
