using System.Collections.Immutable;

namespace Mentoring.Site.Yaml;

/// <summary>
/// A YAML node that remembers where it came from, so every validation error can name the real line.
/// Lines and columns are 1-based and already include any offset (front matter starts at line 2).
/// </summary>
public abstract class YamlNode(int line, int column)
{
    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>Russian name of the node kind, for messages ("строка", "список", "набор полей").</summary>
    public abstract string KindName { get; }
}

public sealed class YamlScalar(string value, bool quoted, int line, int column) : YamlNode(line, column)
{
    public string Value { get; } = value;

    /// <summary>True when written in quotes: then "null" or "" is text, never an empty value.</summary>
    public bool Quoted { get; } = quoted;

    public bool IsNull => !Quoted && (Value.Length == 0 || Value is "~" or "null" or "Null" or "NULL");

    public override string KindName => "значение";
}

public sealed class YamlSequence(ImmutableArray<YamlNode> items, int line, int column) : YamlNode(line, column)
{
    public ImmutableArray<YamlNode> Items { get; } = items;

    public override string KindName => "список";
}

public sealed class YamlMapping(ImmutableArray<KeyValuePair<YamlScalar, YamlNode>> entries, int line, int column) : YamlNode(line, column)
{
    public ImmutableArray<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = entries;

    public override string KindName => "набор полей";

    public YamlNode? this[string key]
    {
        get
        {
            foreach (var e in Entries)
            {
                if (string.Equals(e.Key.Value, key, StringComparison.Ordinal))
                {
                    return e.Value;
                }
            }

            return null;
        }
    }
}
