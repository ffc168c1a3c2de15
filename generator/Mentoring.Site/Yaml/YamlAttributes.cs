namespace Mentoring.Site.Yaml;

/// <summary>The field must be present and not empty.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class YamlRequiredAttribute : Attribute;

/// <summary>Not read from YAML (positions, computed values).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class YamlIgnoreAttribute : Attribute;

/// <summary>Overrides the snake_case name derived from the property name.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class YamlNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
