using Mentoring.Site.Cache;
using Mentoring.Site.Templates;
using Scriban.Runtime;

namespace Mentoring.Site.Tests.Cache;

public sealed class CacheFileTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mentoring-cachefile-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_file_reads_back_only_with_its_own_header()
    {
        var path = Path.Combine(_folder, "x.bin");
        CacheFile.Write(path, 42, w => w.Write("значение"));

        Assert.Equal("значение", CacheFile.TryRead(path, 42, r => r.ReadString()));
        Assert.Null(CacheFile.TryRead(path, 43, r => r.ReadString()));
        Assert.Null(CacheFile.TryRead(Path.Combine(_folder, "missing.bin"), 42, r => r.ReadString()));
    }

    [Fact]
    public void A_payload_not_read_to_its_end_is_refused()
    {
        var path = Path.Combine(_folder, "x.bin");
        CacheFile.Write(path, 7, w =>
        {
            w.Write("один");
            w.Write("два");
        });

        Assert.Null(CacheFile.TryRead(path, 7, r => r.ReadString()));
    }

    [Fact]
    public void Every_single_flipped_byte_is_detected()
    {
        var path = Path.Combine(_folder, "x.bin");
        CacheFile.Write(path, 9, w => w.Write("страница"));
        var good = File.ReadAllBytes(path);
        for (var i = 0; i < good.Length; i++)
        {
            var bad = (byte[])good.Clone();
            bad[i] ^= 0x01;
            File.WriteAllBytes(path, bad);
            Assert.Null(CacheFile.TryRead(path, 9, r => r.ReadString()));
        }
    }

    [Fact]
    public void Model_fingerprints_see_every_value_and_ignore_key_order()
    {
        static UInt128? Print(object model)
        {
            var f = new Fingerprint();
            return ModelFingerprint.TryAdd(f, model) ? f.Value : null;
        }

        var a = new ScriptObject { ["x"] = 1, ["y"] = new RawHtml("<p>а</p>") };
        var b = new ScriptObject { ["y"] = new RawHtml("<p>а</p>"), ["x"] = 1 };
        var c = new ScriptObject { ["x"] = 1, ["y"] = new RawHtml("<p>б</p>") };
        var d = new ScriptObject { ["x"] = 1, ["y"] = "<p>а</p>" };
        Assert.Equal(Print(a), Print(b));
        Assert.NotEqual(Print(a), Print(c));
        Assert.NotEqual(Print(a), Print(d));
        Assert.NotEqual(Print(new Crumb("Главная", "index.html")), Print(new Crumb("Главная", "programma/index.html")));
        Assert.NotEqual(Print(new[] { "ab", "c" }), Print(new[] { "a", "bc" }));
        Assert.NotEqual(Print(new DateOnly(2024, 1, 2)), Print(new DateOnly(2024, 1, 3)));
    }

    [Fact]
    public void A_model_with_a_cycle_or_a_function_is_not_cacheable()
    {
        var cycle = new ScriptObject();
        cycle["self"] = cycle;
        Assert.False(ModelFingerprint.TryAdd(new Fingerprint(), cycle));
        Assert.False(ModelFingerprint.TryAdd(new Fingerprint(), new ScriptObject { ["f"] = (Func<int>)(() => 1) }));

        // The same object twice side by side is not a cycle.
        var shared = new Crumb("Копилка", "kopilka/index.html");
        Assert.True(ModelFingerprint.TryAdd(new Fingerprint(), new[] { shared, shared }));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
