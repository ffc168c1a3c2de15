using System.Diagnostics;
using System.Globalization;
using Mentoring.Publish.Preview;

namespace Mentoring.Publish.Tests.Preview;

public sealed class WorkFolderTests
{
    [Fact]
    public void Work_folders_left_by_a_preview_that_died_are_removed_and_live_ones_kept()
    {
        var parent = Path.Combine(Path.GetTempPath(), "mentoring-work-test-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            using var finished = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
            finished.WaitForExit();
            var dead = Path.Combine(parent, $"mentoring-serve-{finished.Id.ToString(CultureInfo.InvariantCulture)}-0123456789ab", "site-3");
            var live = Path.Combine(parent, $"mentoring-serve-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-0123456789ab", "site-1");
            var foreign = Path.Combine(parent, "mentoring-serve-not-ours");
            foreach (var folder in new[] { dead, live, foreign })
            {
                Directory.CreateDirectory(folder);
                File.WriteAllText(Path.Combine(folder, "index.html"), "x");
            }

            PreviewServer.DeleteStaleWorkFolders(parent);

            Assert.False(Directory.Exists(Path.GetDirectoryName(dead)));
            Assert.True(Directory.Exists(live));
            Assert.True(Directory.Exists(foreign));
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }
}
