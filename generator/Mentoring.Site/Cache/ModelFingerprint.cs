using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Mentoring.Site.Templates;
using Scriban.Runtime;

namespace Mentoring.Site.Cache;

/// <summary>
/// Fingerprints what a template can see: walks a model (ScriptObjects, dictionaries, lists, records and plain
/// objects through their public properties and fields) and hashes every value it reaches. Two models with the
/// same fingerprint render the same page, so a page whose model did not change need not be rendered again.
/// A model the walk cannot vouch for (a cycle, a delegate, a very deep graph) is reported as uncacheable: a cycle
/// is found by the depth it reaches, so the walk keeps no set of the objects on its path.
/// </summary>
public static class ModelFingerprint
{
    private const int MaxDepth = 48;

    private static readonly ConcurrentDictionary<Type, Shape> Shapes = new();

    /// <summary>Adds <paramref name="model"/> to <paramref name="into"/>; false when the model cannot be fingerprinted.</summary>
    /// <param name="memo">
    /// Fingerprints of objects already walked in this build, by reference, for the types marked
    /// <see cref="FingerprintOnceAttribute"/>: a practice's card appears on dozens of list pages and is hashed once.
    /// Only for models that do not change while the build uses the memo.
    /// </param>
    public static bool TryAdd(Fingerprint into, object? model, ConcurrentDictionary<object, UInt128?>? memo = null)
    {
        ArgumentNullException.ThrowIfNull(into);
        return Write(into, model, 0, memo);
    }

    /// <summary>A memo for <see cref="TryAdd"/>, comparing objects by reference.</summary>
    public static ConcurrentDictionary<object, UInt128?> CreateMemo() => new(ReferenceEqualityComparer.Instance);

    private static bool Write(Fingerprint f, object? value, int depth, ConcurrentDictionary<object, UInt128?>? memo)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        switch (value)
        {
            case null:
                f.Tag(10);
                return true;
            case string s:
                f.Add(s);
                return true;
            case RawHtml html:
                f.Tag(11).Add(html.Fingerprint);
                return true;
            case bool b:
                f.Add(b);
                return true;
            case int or long or short or byte or sbyte or uint or ushort:
                f.Add(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                return true;
            case ulong ul:
                f.Tag(12).Add(unchecked((long)ul));
                return true;
            case double d:
                f.Add(d);
                return true;
            case float fl:
                f.Add((double)fl);
                return true;
            case decimal m:
                f.Add(m);
                return true;
            case char c:
                f.Tag(13).Add((long)c);
                return true;
            case DateOnly date:
                f.Tag(14).Add(date.DayNumber);
                return true;
            case DateTime dt:
                f.Tag(15).Add(dt.Ticks).Add((long)dt.Kind);
                return true;
            case DateTimeOffset dto:
                f.Tag(16).Add(dto.Ticks).Add(dto.Offset.Ticks);
                return true;
            case TimeOnly time:
                f.Tag(17).Add(time.Ticks);
                return true;
            case TimeSpan span:
                f.Tag(18).Add(span.Ticks);
                return true;
            case Enum e:
                f.Tag(19).Add(e.GetType().FullName).Add(Convert.ToInt64(e, System.Globalization.CultureInfo.InvariantCulture));
                return true;
            case Delegate or IScriptCustomFunction:
                return false;
        }

        var type = value.GetType();
        return value switch
        {
            ScriptObject script => WriteScriptObject(f, script, depth, memo),
            IDictionary dictionary => WriteDictionary(f, dictionary, depth, memo),
            IEnumerable list => WriteList(f, list, depth, memo),
            _ when memo is not null && ShapeOf(type).Once => WriteMemoized(f, value, type, depth, memo),
            _ => WriteObject(f, value, type, depth, memo),
        };
    }

    private static Shape ShapeOf(Type type) => Shapes.GetOrAdd(type, Describe);

    private static bool WriteMemoized(Fingerprint f, object value, Type type, int depth, ConcurrentDictionary<object, UInt128?> memo)
    {
        if (!memo.TryGetValue(value, out var known))
        {
            var own = new Fingerprint();
            known = WriteObject(own, value, type, depth, memo) ? own.Value : null;
            memo[value] = known;
        }

        if (known is not { } print)
        {
            return false;
        }

        f.Tag(27).Add(print);
        return true;
    }

    private static bool WriteScriptObject(Fingerprint f, ScriptObject script, int depth, ConcurrentDictionary<object, UInt128?>? memo)
    {
        f.Tag(20).Add(script.Count);
        foreach (var key in script.Keys.Order(StringComparer.Ordinal))
        {
            f.Add(key);
            if (!Write(f, script[key], depth + 1, memo))
            {
                return false;
            }
        }

        return true;
    }

    private static bool WriteDictionary(Fingerprint f, IDictionary dictionary, int depth, ConcurrentDictionary<object, UInt128?>? memo)
    {
        var entries = new List<(string Key, object? Value)>(dictionary.Count);
        foreach (DictionaryEntry entry in dictionary)
        {
            if (entry.Key is not string key)
            {
                return false;
            }

            entries.Add((key, entry.Value));
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        f.Tag(21).Add(entries.Count);
        foreach (var (key, item) in entries)
        {
            f.Add(key);
            if (!Write(f, item, depth + 1, memo))
            {
                return false;
            }
        }

        return true;
    }

    private static bool WriteList(Fingerprint f, IEnumerable list, int depth, ConcurrentDictionary<object, UInt128?>? memo)
    {
        f.Tag(22);
        try
        {
            foreach (var item in list)
            {
                if (!Write(f, item, depth + 1, memo))
                {
                    return false;
                }
            }
        }
        catch (InvalidOperationException)
        {
            // A default ImmutableArray cannot be enumerated; templates see it as empty or null.
            f.Tag(23);
        }

        f.Tag(24);
        return true;
    }

    private static bool WriteObject(Fingerprint f, object value, Type type, int depth, ConcurrentDictionary<object, UInt128?>? memo)
    {
        f.Tag(25).Add(type.FullName);
        foreach (var member in ShapeOf(type).Members)
        {
            f.Add(member.Name);
            if (!Write(f, member.Get(value), depth + 1, memo))
            {
                return false;
            }
        }

        f.Tag(26);
        return true;
    }

    private static Shape Describe(Type type)
    {
        var members = new List<Member>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.GetMethod is { IsPublic: true })
            {
                members.Add(new Member(property.Name, Getter(type, property)));
            }
        }

        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
        {
            members.Add(new Member(field.Name, Getter(type, field)));
        }

        members.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return new Shape([.. members], type.IsDefined(typeof(FingerprintOnceAttribute), inherit: false));
    }

    private static Func<object, object?> Getter(Type type, MemberInfo member)
    {
        var instance = Expression.Parameter(typeof(object), "o");
        var typed = Expression.Convert(instance, type);
        Expression access = member is PropertyInfo p ? Expression.Property(typed, p) : Expression.Field(typed, (FieldInfo)member);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(access, typeof(object)), instance).Compile();
    }

    private sealed record Member(string Name, Func<object, object?> Get);

    /// <summary>A type's members in name order, and whether its objects are fingerprinted once per build.</summary>
    private sealed record Shape(Member[] Members, bool Once);
}
