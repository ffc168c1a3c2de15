using Mentoring.Site.Output;

namespace Mentoring.Site.Tests.Output;

public sealed class OutputCommitterTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "mentoring-commit-" + Guid.NewGuid().ToString("N"));

    public OutputCommitterTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Commit_replaces_output_with_staging_and_keeps_only_the_replaced_site_for_recycling()
    {
        var output = Path.Combine(_root, "output");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "old.html"), "old");
        var committer = new OutputCommitter(output);
        committer.PrepareStaging();
        File.WriteAllText(Path.Combine(committer.StagingPath, "new.html"), "new");
        committer.Commit();
        Assert.Equal(["new.html"], Directory.GetFiles(output).Select(Path.GetFileName));
        Assert.Equal(OperatingSystem.IsLinux() ? [".output.previous", "output"] : ["output"], Directory.GetDirectories(_root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Recover_restores_the_previous_output_after_a_crash_between_the_renames()
    {
        var output = Path.Combine(_root, "output");
        var old = Path.Combine(_root, ".output.old-12345");
        Directory.CreateDirectory(old);
        File.WriteAllText(Path.Combine(old, "index.html"), "previous");
        Directory.CreateDirectory(Path.Combine(_root, ".output.staging-12345"));
        new OutputCommitter(output).Recover();
        Assert.Equal("previous", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal(["output"], Directory.GetDirectories(_root).Select(Path.GetFileName));
    }

    [Fact]
    public void Discard_keeps_output_untouched()
    {
        var output = Path.Combine(_root, "output");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "index.html"), "kept");
        var committer = new OutputCommitter(output);
        committer.PrepareStaging();
        File.WriteAllText(Path.Combine(committer.StagingPath, "index.html"), "half");
        committer.Discard();
        Assert.Equal("kept", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.False(Directory.Exists(committer.StagingPath));
    }

    [Fact]
    public async Task A_second_lock_waits_until_the_first_is_released()
    {
        var path = Path.Combine(_root, ".output.lock");
        var first = BuildLock.Acquire(path, TimeSpan.FromSeconds(1));
        Assert.NotNull(first);
        Assert.Null(BuildLock.Acquire(path, TimeSpan.FromMilliseconds(300)));
        var waiting = Task.Run(() => BuildLock.Acquire(path, TimeSpan.FromSeconds(10)));
        await Task.Delay(200);
        first!.Dispose();
        using var second = await waiting;
        Assert.NotNull(second);
    }
}
