using System.Collections.Immutable;

namespace Mentoring.Site.Yaml;

/// <summary>
/// Base of every typed content object: remembers the file and the line of the object and of each field,
/// so validation that happens after binding (unknown form, missing file) still names the real place.
/// </summary>
public abstract class YamlObject
{
    [YamlIgnore]
    public string SourcePath { get; internal set; } = string.Empty;

    [YamlIgnore]
    public int Line { get; internal set; }

    [YamlIgnore]
    public int Column { get; internal set; }

    [YamlIgnore]
    internal ImmutableDictionary<string, (int Line, int Column)> FieldPositions { get; set; } =
        ImmutableDictionary<string, (int, int)>.Empty;

    /// <summary>Line and column of the field <paramref name="key"/> (YAML name), or of the object when absent.</summary>
    public (int Line, int Column) PositionOf(string key) =>
        FieldPositions.TryGetValue(key, out var p) ? p : (Line, Column);
}
