using System.Globalization;
using Mentoring.Engine;
using Mentoring.Site.Build;
using Mentoring.Site.Content;
using Mentoring.Site.Yaml;

namespace Mentoring.Site.Configuration;

/// <summary>
/// The safety limits of a build (<c>limits:</c> in content/site.yml) with their defaults and the range each may take.
/// A school can lower them; raising them is bounded, because each protects the build from a hang, a stack overflow
/// or a page nobody can read.
/// </summary>
public static class SiteLimits
{
    public const string OutOfRangeCode = "MNT0233";

    /// <summary>Largest Markdown or YAML file, in megabytes.</summary>
    public static readonly Limit FileMegabytes = new("max_file_megabytes", 8, 1, 64);

    /// <summary>Deepest nesting of lists and quotes in Markdown; 48 is also the most the parser is trusted with.</summary>
    public static readonly Limit Nesting = new("max_nesting", Markdown.MarkdownRenderer.MaxNesting, 2, Markdown.MarkdownRenderer.MaxNesting);

    /// <summary>Most tags on one practice.</summary>
    public static readonly Limit Tags = new("max_tags", 20, 1, 1000);

    /// <summary>Counts of people below this are never published in monitoring (shown as «менее N»).</summary>
    public static readonly Limit SmallCount = new("small_count_threshold", Monitoring.MonitoringData.DefaultThreshold, Monitoring.MonitoringData.MinimumThreshold, 100);

    /// <summary>
    /// <paramref name="settings"/> with the limits of content/site.yml. Read before everything else, because the limit
    /// on file size applies to the data files too; a site.yml that cannot be read changes nothing here (the data
    /// pipeline reports why), and a value out of range keeps the default (<see cref="Validate"/> reports it).
    /// </summary>
    public static BuildSettings Apply(BuildSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var scratch = new DiagnosticBag();
        if (!File.Exists(Path.Combine(settings.ContentRoot, "site.yml"))
            || ContentReader.ReadText(settings.ContentRoot, "site.yml", settings.MaxTextFileBytes, scratch) is not { } text
            || YamlReader.Read(text, "site.yml", scratch) is not YamlMapping root)
        {
            return settings;
        }

        var node = root.Entries.FirstOrDefault(e => e.Key.Value == "limits").Value;
        return With(settings, node is null ? null : YamlBinder.Bind<LimitsConfig>(node, "site.yml", scratch));
    }

    /// <summary><paramref name="settings"/> with every limit of <paramref name="limits"/> that is within its range.</summary>
    public static BuildSettings With(BuildSettings settings, LimitsConfig? limits)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (limits is null)
        {
            return settings;
        }

        return settings with
        {
            MaxTextFileBytes = FileMegabytes.Accepts(limits.MaxFileMegabytes) ? limits.MaxFileMegabytes!.Value * 1024L * 1024L : settings.MaxTextFileBytes,
            MaxNesting = Nesting.Accepts(limits.MaxNesting) ? limits.MaxNesting!.Value : settings.MaxNesting,
            MaxTags = Tags.Accepts(limits.MaxTags) ? limits.MaxTags!.Value : settings.MaxTags,
            SmallCountThreshold = SmallCount.Accepts(limits.SmallCountThreshold) ? limits.SmallCountThreshold : settings.SmallCountThreshold,
        };
    }

    /// <summary>Reports every limit of site.yml outside its range, at its line.</summary>
    public static void Validate(LimitsConfig? limits, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (limits is null)
        {
            return;
        }

        foreach (var (limit, value) in new[] { (FileMegabytes, limits.MaxFileMegabytes), (Nesting, limits.MaxNesting), (Tags, limits.MaxTags), (SmallCount, limits.SmallCountThreshold) })
        {
            if (value is { } v && !limit.Accepts(v))
            {
                var (line, column) = limits.PositionOf(limit.Name);
                diagnostics.Add(Diagnostic.Error(OutOfRangeCode,
                    string.Create(CultureInfo.InvariantCulture, $"Ограничение {limit.Name} = {v} вне допустимых пределов: от {limit.Min} до {limit.Max} (по умолчанию {limit.Default}). Исправьте значение или уберите строку."),
                    limits.SourcePath, line, column));
            }
        }
    }

    /// <summary>One limit: its name in site.yml, its default and the values it may take.</summary>
    public sealed record Limit(string Name, int Default, int Min, int Max)
    {
        public bool Accepts(int? value) => value is { } v && v >= Min && v <= Max;
    }
}
