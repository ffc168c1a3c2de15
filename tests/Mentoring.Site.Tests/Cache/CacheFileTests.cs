using System.Collections.Concurrent;
using Mentoring.Site.Cache;
using Mentoring.Site.Library.Views;
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
    public void Long_strings_read_straight_from_the_file_bytes_and_a_length_past_the_end_is_refused()
    {
        var path = Path.Combine(_folder, "s.bin");
        var text = string.Concat(Enumerable.Repeat("Наставник и наставляемый — «пара» ", 4000));
        CacheFile.Write(path, 7, w =>
        {
            w.Write(text);
            w.Write("ё");
        });
        Assert.Equal(text + "|ё", CacheFile.TryRead(path, 7, r => CacheFile.ReadString(r) + "|" + CacheFile.ReadString(r)));

        // A length that claims more bytes than the file has (written as BinaryWriter would, then a short tail).
        CacheFile.Write(path, 7, w =>
        {
            w.Write7BitEncodedInt(1000);
            w.Write("коротко"u8.ToArray());
        });
        Assert.Null(CacheFile.TryRead(path, 7, CacheFile.ReadString));
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

    /// <summary>
    /// Parts are buffered before they reach the hash; the fingerprint is still the hash of exactly the bytes of the
    /// parts (tag, length, text) in order, whatever their sizes — so caches written before the buffer stay valid.
    /// </summary>
    [Fact]
    public void A_fingerprint_is_the_hash_of_its_parts_bytes_in_order()
    {
        var longText = string.Concat(Enumerable.Repeat("наставничество ", 200));
        var f = new Fingerprint().Add("абв").Add(42L).Tag(9).Add(longText).Add(true).Add((UInt128)7);
        var parts = 0;
        while (parts++ < 100)
        {
            f.Add("ключ " + parts).Add(parts);
        }

        var expected = new List<byte>();
        void Text(string value)
        {
            expected.Add(1);
            expected.AddRange(BitConverter.GetBytes((long)value.Length));
            expected.AddRange(System.Runtime.InteropServices.MemoryMarshal.AsBytes(value.AsSpan()).ToArray());
        }

        void Number(long value)
        {
            expected.Add(2);
            expected.AddRange(BitConverter.GetBytes(value));
        }

        Text("абв");
        Number(42);
        expected.Add(9);
        Text(longText);
        expected.Add(3);
        expected.Add(7);
        expected.AddRange(BitConverter.GetBytes(7UL));
        expected.AddRange(BitConverter.GetBytes(0UL));
        for (var i = 1; i <= 100; i++)
        {
            Text("ключ " + i);
            Number(i);
        }

        Assert.Equal(System.IO.Hashing.XxHash128.HashToUInt128([.. expected]), f.Value);
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

    /// <summary>
    /// A body from the cache enters a page's fingerprint by its stored fingerprint, without being decoded, and gives the
    /// fingerprint of the same text rendered afresh; it is decoded once a template writes it.
    /// </summary>
    [Fact]
    public void A_cached_body_is_fingerprinted_without_being_decoded()
    {
        const string html = "<p>Наставник и «наставляемый»</p>";
        var decoded = 0;
        var lazy = RawHtml.Lazy(() =>
        {
            decoded++;
            return html;
        }, Fingerprint.Of(html));

        static UInt128 Print(RawHtml content)
        {
            var f = new Fingerprint();
            Assert.True(ModelFingerprint.TryAdd(f, new ScriptObject { ["content"] = content }));
            return f.Value;
        }

        Assert.Equal(Print(new RawHtml(html)), Print(lazy));
        Assert.NotEqual(Print(new RawHtml(html + " ")), Print(lazy));
        Assert.Equal(0, decoded);
        Assert.Equal(html, lazy.ToString());
        Assert.Equal(html, lazy.Value);
        Assert.Equal(1, decoded);
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

    [Fact]
    public void Only_shared_view_objects_are_remembered_and_a_changed_card_changes_the_print()
    {
        static PracticeCard Card(string title)
        {
            var link = new FacetLink("x", "Форма", "kopilka/forma/x/index.html", 1);
            return new PracticeCard
            {
                Slug = "a",
                Title = title,
                Url = "kopilka/a/index.html",
                Date = new DateOnly(2024, 5, 1),
                Summary = "Кратко.",
                Form = link,
                Model = link,
                Kind = link,
                Year = link,
            };
        }

        static UInt128 Print(PracticeCard card, ConcurrentDictionary<object, UInt128?> memo)
        {
            var f = new Fingerprint();
            var model = new ScriptObject { ["cards"] = new[] { card, card }, ["crumb"] = new Crumb("Копилка", "kopilka/index.html") };
            Assert.True(ModelFingerprint.TryAdd(f, model, memo));
            return f.Value;
        }

        var card = Card("Практика");
        var memo = ModelFingerprint.CreateMemo();
        var first = Print(card, memo);

        // The card is remembered (once, though the page shows it twice); the crumb, the list and the model are not.
        Assert.Equal([card], memo.Keys);
        Assert.Equal(first, Print(card, memo));
        Assert.Equal(first, Print(card, ModelFingerprint.CreateMemo()));
        Assert.NotEqual(first, Print(Card("Другая практика"), ModelFingerprint.CreateMemo()));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
