using Mentoring.Engine;
using Mentoring.Site.Yaml;

namespace Mentoring.Site.Monitoring;

/// <summary>
/// The entry point: binds content/data/monitoring.yml, validates it (scheme, years, totals, personal data),
/// and builds the anonymised template model. Refuses rather than hopes: on any error nothing is returned,
/// so nothing of the file is published.
/// </summary>
public static class MonitoringLoader
{
    /// <param name="root">The file as read by <see cref="YamlReader.Read"/>.</param>
    /// <param name="path">The file's path for diagnostics («content/data/monitoring.yml»).</param>
    /// <param name="practicesPerYear">Practices published in the library per academic year («2022/2023» → 4).</param>
    /// <param name="forms">The forms of forms.yml with their models' titles, in page order.</param>
    /// <param name="diagnostics">Where problems go (MNT02xx from binding, MNT07xx, MNT08xx).</param>
    /// <param name="smallCountThreshold">
    /// The school's threshold (site.yml limits.small_count_threshold), when it set one: the threshold when the file sets
    /// none, and the lowest the file may set.
    /// </param>
    /// <param name="pagesFolder">
    /// The output folder of the site's monitoring page («monitoring/»), under which each year and the charts over the
    /// years get a page of their own (<see cref="YearReport.Url"/>, <see cref="MonitoringReport.ChartsUrl"/>); null
    /// when the site has no monitoring page.
    /// </param>
    /// <returns>The report, or null when the file has errors.</returns>
    public static MonitoringReport? Load(YamlNode? root, string path, IReadOnlyDictionary<string, int> practicesPerYear,
        IReadOnlyList<(string FormTitle, IReadOnlyList<string> ModelTitles)> forms, DiagnosticBag diagnostics,
        int? smallCountThreshold = null, string? pagesFolder = null)
    {
        ArgumentNullException.ThrowIfNull(practicesPerYear);
        ArgumentNullException.ThrowIfNull(forms);
        ArgumentNullException.ThrowIfNull(diagnostics);

        // A bag of our own: the shared one may receive other files' errors concurrently.
        var local = new DiagnosticBag();
        try
        {
            if (root is null)
            {
                local.Add(Diagnostic.Error(MonitoringCodes.EmptyFile,
                    "Файл мониторинга пуст. Заполните его по образцу (example, max_score, indicators, bands, years) или удалите файл.",
                    path, 1, 1));
                return null;
            }

            var data = YamlBinder.Bind<MonitoringData>(root, path, local);
            if (data is null)
            {
                return null;
            }

            if (data.Threshold is null)
            {
                data.Threshold = smallCountThreshold;
            }
            else if (smallCountThreshold is { } floor && data.Threshold < floor)
            {
                var (line, column) = data.PositionOf("threshold");
                local.Add(Diagnostic.Error(MonitoringCodes.ThresholdTooLow,
                    $"Порог малых чисел threshold = {data.Threshold} ниже порога, принятого школой в content/site.yml (limits: small_count_threshold = {smallCountThreshold}). Укажите threshold не меньше {floor} или удалите строку.",
                    path, line, column));
                return null;
            }

            var catalog = new FormCatalog(forms);
            new MonitoringValidator(data, path, catalog, local).Validate();
            if (local.HasErrors)
            {
                return null;
            }

            return new MonitoringReportBuilder(data, catalog, practicesPerYear, pagesFolder).Build();
        }
        finally
        {
            diagnostics.AddRange(local.Sorted());
        }
    }

    /// <summary>Reads YAML text and loads it: <see cref="Load(YamlNode?, string, IReadOnlyDictionary{string, int}, IReadOnlyList{ValueTuple{string, IReadOnlyList{string}}}, DiagnosticBag, int?, string?)"/>.</summary>
    public static MonitoringReport? LoadText(string text, string path, IReadOnlyDictionary<string, int> practicesPerYear,
        IReadOnlyList<(string FormTitle, IReadOnlyList<string> ModelTitles)> forms, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var local = new DiagnosticBag();
        var root = YamlReader.Read(text, path, local);
        if (local.HasErrors)
        {
            diagnostics.AddRange(local.Sorted());
            return null;
        }

        return Load(root, path, practicesPerYear, forms, diagnostics);
    }
}
