using System.Collections.Immutable;
using Mentoring.Engine;
using Mentoring.Site.Build;
using Mentoring.Site.Cache;
using Mentoring.Site.Section;
using Mentoring.Site.Yaml;

namespace Mentoring.Site.Library;

/// <summary>
/// A practice as ParsePractices left it, kept by the build cache with the stamp of its file: while the file, the
/// site's data and the settings are unchanged, the next build takes the practice from here instead of reading the file
/// and parsing its YAML again. Kept only for a practice that parsed without any message and has no attachments and
/// no cover (those are checked against other files on every build). Its form, model and kind are kept as positions
/// in the site's data, which the cache's header holds unchanged.
/// </summary>
internal sealed class CachedPractice
{
    public required string Source { get; init; }

    public required SourceStamp Stamp { get; init; }

    /// <summary>The fingerprint of the Markdown body (<see cref="MetadataKeys.MarkdownKey"/>): the body comes from the cache too.</summary>
    public required UInt128 MarkdownKey { get; init; }

    public required int BodyLine { get; init; }

    public required PracticeFrontMatter Front { get; init; }

    /// <summary>The practice with its form, model and kind left out; <see cref="ToDocument"/> puts those of the build's data in.</summary>
    public required Practice Practice { get; init; }

    public required int FormIndex { get; init; }

    public required int ModelIndex { get; init; }

    public required int KindIndex { get; init; }

    /// <summary>A record of a practice just parsed, or null when it cannot be kept (attachments, a cover, a draft).</summary>
    public static CachedPractice? From(Document parsed, SourceStamp stamp, UInt128 markdownKey, SiteData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(parsed);
        var front = parsed.Get<PracticeFrontMatter>(MetadataKeys.Front);
        var practice = parsed.Get<Practice>(LibraryMetadata.Practice);
        if (front is null || practice is null || front.Draft || front.Attachments.Count > 0 || front.Cover is not null
            || !practice.Attachments.IsDefaultOrEmpty || practice.Cover is not null || parsed.Source is null)
        {
            return null;
        }

        var form = IndexOf(data.Forms, practice.Form);
        return new CachedPractice
        {
            Source = parsed.Source,
            Stamp = stamp,
            MarkdownKey = markdownKey,
            BodyLine = parsed.TryGet<int>(MetadataKeys.BodyLine, out var line) ? line : 1,
            Front = front,
            Practice = practice,
            FormIndex = form,
            ModelIndex = IndexOf(data.Forms[form].Models, practice.Model),
            KindIndex = IndexOf(data.Kinds, practice.Kind),
        };
    }

    /// <summary>
    /// The document ParsePractices makes of this practice, with the form, model and kind of <paramref name="data"/>;
    /// its body is left to RenderMarkdown to take from the cache. Null when the data has no such form, model or kind.
    /// </summary>
    public Document? ToDocument(SiteData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (FormIndex >= data.Forms.Count || ModelIndex >= data.Forms[FormIndex].Models.Count || KindIndex >= data.Kinds.Count)
        {
            return null;
        }

        var form = data.Forms[FormIndex];
        var practice = Practice with { Form = form, Model = form.Models[ModelIndex], Kind = data.Kinds[KindIndex] };
        return ParsePractices.Create(Source, string.Empty, BodyLine, Front, practice)
            .WithMetadata(MetadataKeys.MarkdownKey, MarkdownKey);
    }

    public void Write(BinaryWriter w)
    {
        w.Write(Source);
        Stamp.Write(w);
        w.Write((ulong)MarkdownKey);
        w.Write((ulong)(MarkdownKey >> 64));
        w.Write(BodyLine);

        WritePlace(w, Front);
        w.Write(Front.Title);
        w.Write(Front.Date!.Value.DayNumber);
        w.Write(Front.Form);
        w.Write(Front.Model);
        w.Write(Front.Kind);
        WriteList(w, Front.Tags, w.Write);
        w.Write(Front.Summary);
        WriteList(w, Front.Authors, a =>
        {
            WritePlace(w, a);
            w.Write(a.Name);
            WriteOptional(w, a.Position);
            w.Write(a.Consent);
        });
        WriteOptional(w, Front.AuthorRole);
        WriteDate(w, Front.Updated);
        w.Write(Front.Example);
        WriteOptional(w, Front.Slug);

        var p = Practice;
        w.Write(p.Slug);
        w.Write(p.SlugLine);
        w.Write(p.Title);
        w.Write(p.Date.DayNumber);
        WriteDate(w, p.Updated);
        w.Write(FormIndex);
        w.Write(ModelIndex);
        w.Write(KindIndex);
        WriteList(w, p.Tags, t =>
        {
            w.Write(t.Name);
            w.Write(t.Slug);
        });
        w.Write(p.Summary);
        WriteOptional(w, p.AuthorRole);
        WriteList(w, p.Authors, a =>
        {
            w.Write(a.Name);
            WriteOptional(w, a.Position);
        });
        w.Write(p.Example);
    }

    public static CachedPractice Read(BinaryReader r)
    {
        var source = CacheFile.ReadString(r);
        var stamp = SourceStamp.Read(r);
        var lo = r.ReadUInt64();
        var key = new UInt128(r.ReadUInt64(), lo);
        var bodyLine = r.ReadInt32();

        var front = ReadPlace(r, new PracticeFrontMatter());
        front.Title = CacheFile.ReadString(r);
        front.Date = DateOnly.FromDayNumber(r.ReadInt32());
        front.Form = CacheFile.ReadString(r);
        front.Model = CacheFile.ReadString(r);
        front.Kind = CacheFile.ReadString(r);
        front.Tags = ReadList(r, () => CacheFile.ReadString(r));
        front.Summary = CacheFile.ReadString(r);
        front.Authors = ReadList(r, () =>
        {
            var a = ReadPlace(r, new PracticeAuthorEntry());
            a.Name = CacheFile.ReadString(r);
            a.Position = ReadOptional(r);
            a.Consent = r.ReadBoolean();
            return a;
        });
        front.AuthorRole = ReadOptional(r);
        front.Updated = ReadDate(r);
        front.Example = r.ReadBoolean();
        front.Slug = ReadOptional(r);

        var slug = CacheFile.ReadString(r);
        var slugLine = r.ReadInt32();
        var title = CacheFile.ReadString(r);
        var date = DateOnly.FromDayNumber(r.ReadInt32());
        var updated = ReadDate(r);
        var form = r.ReadInt32();
        var model = r.ReadInt32();
        var kind = r.ReadInt32();
        if (form < 0 || model < 0 || kind < 0)
        {
            throw new FormatException("A cached practice has an impossible form, model or kind.");
        }

        var tags = ReadList(r, () => new PracticeTag(CacheFile.ReadString(r), CacheFile.ReadString(r)));
        var summary = CacheFile.ReadString(r);
        var authorRole = ReadOptional(r);
        var authors = ReadList(r, () => new PracticeAuthor(CacheFile.ReadString(r), ReadOptional(r)));
        var practice = new Practice
        {
            Source = source,
            Slug = slug,
            SlugLine = slugLine,
            Title = title,
            Date = date,
            Updated = updated,
            Form = Unresolved.Form,
            Model = Unresolved.Model,
            Kind = Unresolved.Kind,
            Tags = [.. tags],
            Summary = summary,
            AuthorRole = authorRole,
            Authors = [.. authors],
            Example = r.ReadBoolean(),
        };
        return new CachedPractice
        {
            Source = source,
            Stamp = stamp,
            MarkdownKey = key,
            BodyLine = bodyLine,
            Front = front,
            Practice = practice,
            FormIndex = form,
            ModelIndex = model,
            KindIndex = kind,
        };
    }

    /// <summary>Placeholders for the form, model and kind of a practice read from the cache, until the build's data is known.</summary>
    private static class Unresolved
    {
        public static readonly MentoringForm Form = new();
        public static readonly MentoringModel Model = new();
        public static readonly PracticeKind Kind = new();
    }

    private static int IndexOf<T>(IReadOnlyList<T> items, T item)
        where T : class
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (ReferenceEquals(items[i], item))
            {
                return i;
            }
        }

        throw new InvalidOperationException("A practice's form, model or kind is not one of the site's data.");
    }

    private static void WritePlace(BinaryWriter w, YamlObject o)
    {
        w.Write(o.SourcePath);
        w.Write(o.Line);
        w.Write(o.Column);
        w.Write(o.FieldPositions.Count);
        foreach (var (field, (line, column)) in o.FieldPositions.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(field);
            w.Write(line);
            w.Write(column);
        }
    }

    private static T ReadPlace<T>(BinaryReader r, T o)
        where T : YamlObject
    {
        o.SourcePath = CacheFile.ReadString(r);
        o.Line = r.ReadInt32();
        o.Column = r.ReadInt32();
        var positions = ImmutableDictionary.CreateBuilder<string, (int, int)>();
        for (var n = r.ReadInt32(); n > 0; n--)
        {
            positions[CacheFile.ReadString(r)] = (r.ReadInt32(), r.ReadInt32());
        }

        o.FieldPositions = positions.ToImmutable();
        return o;
    }

    private static void WriteList<T>(BinaryWriter w, IEnumerable<T> items, Action<T> write)
    {
        var list = items.ToList();
        w.Write(list.Count);
        foreach (var item in list)
        {
            write(item);
        }
    }

    private static List<T> ReadList<T>(BinaryReader r, Func<T> read)
    {
        var count = r.ReadInt32();
        if (count < 0 || count > 100_000)
        {
            throw new FormatException("A cached list has an impossible length.");
        }

        var list = new List<T>(count);
        for (var i = 0; i < count; i++)
        {
            list.Add(read());
        }

        return list;
    }

    private static void WriteOptional(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null)
        {
            w.Write(value);
        }
    }

    private static string? ReadOptional(BinaryReader r) => r.ReadBoolean() ? CacheFile.ReadString(r) : null;

    private static void WriteDate(BinaryWriter w, DateOnly? date)
    {
        w.Write(date is not null);
        if (date is { } d)
        {
            w.Write(d.DayNumber);
        }
    }

    private static DateOnly? ReadDate(BinaryReader r) => r.ReadBoolean() ? DateOnly.FromDayNumber(r.ReadInt32()) : null;
}
