using Mentoring.Engine;
using Mentoring.Site.Monitoring;
using Mentoring.Site.Section;
using Mentoring.Site.Yaml;

namespace Mentoring.Site.Tests.Monitoring;

/// <summary>Shared inputs: the school's forms, a minimal valid file, and loading helpers.</summary>
internal static class MonitoringFixture
{
    public const string Path = "content/data/monitoring.yml";

    public static readonly IReadOnlyList<(string FormTitle, IReadOnlyList<string> ModelTitles)> Forms =
    [
        ("Ученик – ученик", ["Успевающий – неуспевающий", "Лидер – пассивный", "Равный – равному"]),
        ("Педагог – педагог", ["Опытный педагог – молодой специалист", "Педагог-новатор – консервативный педагог"]),
    ];

    public static readonly IReadOnlyDictionary<string, int> NoPractices = new Dictionary<string, int>();

    public const string Scheme = """
        example: true
        max_score: 2
        indicators:
          - { id: a1, criterion: Оценка программы, text: Соответствие цели и задачам }
          - { id: a2, criterion: Оценка программы, text: Соответствие принципам }
          - { id: a3, criterion: Оценка программы, text: Современные подходы }
          - { id: a4, criterion: Оценка программы, text: Психологический климат }
          - { id: a5, criterion: Оценка программы, text: Логичность деятельности наставника }
          - { id: b1, criterion: Эффективность участников, text: Удовлетворенность участников }
          - { id: b2, criterion: Эффективность участников, text: Удовлетворенность партнеров }
          - { id: c1, criterion: Изменения в личности наставляемого, text: Активность }
          - { id: c2, criterion: Изменения в личности наставляемого, text: Применение знаний }
        bands:
          - { from: 15, to: 18, title: оптимальный }
          - { from: 9, to: 14, title: допустимый }
          - { from: 0, to: 8, title: недопустимый }
        """;

    /// <summary>A valid year; <paramref name="extra"/> lines are appended inside it (indented by 4).</summary>
    public static string Year(string year = "2023/2024", string extra = "") => $"""
          - year: {year}
            participants:
              mentors: {"{"} teachers: 7, students: 13 {"}"}
              mentees: {"{"} young_specialists: 4, adapting_teachers: 3, students: 24 {"}"}
            forms:
              - form: Ученик – ученик
                pairs: 13
                groups: 3
                models:
                  - {"{"} model: Успевающий – неуспевающий, pairs: 6, groups: 1 {"}"}
                  - {"{"} model: Лидер – пассивный, pairs: 4, groups: 1 {"}"}
                  - {"{"} model: Равный – равному, pairs: 3, groups: 1 {"}"}
              - form: Педагог – педагог
                pairs: 7
                groups: 0
            events: 18
        {extra}
        """;

    public static string File(params string[] years) => Scheme + "\nyears:\n" + string.Join("\n", years);

    public static (MonitoringReport? Report, DiagnosticBag Diagnostics) Load(string yaml, IReadOnlyDictionary<string, int>? practices = null)
    {
        var diagnostics = new DiagnosticBag();
        var report = MonitoringLoader.LoadText(yaml, Path, practices ?? NoPractices, Forms, diagnostics);
        return (report, diagnostics);
    }

    public static IReadOnlyList<Diagnostic> Errors(string yaml) => [.. Load(yaml).Diagnostics.Sorted()];

    public static string RepositoryFile(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, relative);
            if (System.IO.File.Exists(candidate))
            {
                return candidate;
            }

            dir = dir.Parent;
        }

        throw new FileNotFoundException(relative);
    }

    /// <summary>The forms of the real content/data/forms.yml, as the integrator passes them.</summary>
    public static IReadOnlyList<(string FormTitle, IReadOnlyList<string> ModelTitles)> ContentForms()
    {
        var diagnostics = new DiagnosticBag();
        var root = YamlReader.Read(System.IO.File.ReadAllText(RepositoryFile("content/data/forms.yml")), "content/data/forms.yml", diagnostics);
        var forms = YamlBinder.BindList<MentoringForm>(root, "content/data/forms.yml", diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted()));
        return [.. forms.Select(f => (f.Title, (IReadOnlyList<string>)[.. f.Models.Select(m => m.Title)]))];
    }
}
