using System.Text;

namespace Mentoring.Publish.Tests.Support;

internal static class TreeAssert
{
    /// <summary>Every file under a folder with its bytes, by '/'-separated relative path.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string root)
    {
        var result = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            result[Path.GetRelativePath(root, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        }

        return result;
    }

    public static void Equal(IReadOnlyDictionary<string, byte[]> expected, IReadOnlyDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]),
                $"{path} differs.\n--- expected\n{Encoding.UTF8.GetString(bytes)}\n--- actual\n{Encoding.UTF8.GetString(actual[path])}");
        }
    }

    /// <summary>Paths whose bytes differ or that exist only in <paramref name="after"/>.</summary>
    public static string[] ChangedOrNew(IReadOnlyDictionary<string, byte[]> before, IReadOnlyDictionary<string, byte[]> after) =>
        [.. after.Where(a => !before.TryGetValue(a.Key, out var b) || !b.AsSpan().SequenceEqual(a.Value)).Select(a => a.Key).Order(StringComparer.Ordinal)];
}
