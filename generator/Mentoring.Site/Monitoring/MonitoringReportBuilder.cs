using Mentoring.Site.Monitoring.Charts;

namespace Mentoring.Site.Monitoring;

/// <summary>Turns validated data into the template model: suppression applied, tables and charts drawn.</summary>
internal sealed class MonitoringReportBuilder(MonitoringData data, FormCatalog catalog, IReadOnlyDictionary<string, int> practicesPerYear, string? pagesFolder = null)
{
    private readonly int _threshold = data.EffectiveThreshold;

    public MonitoringReport Build()
    {
        var maxTotal = data.Indicators.Count * data.MaxScore;
        var bands = data.Bands.OrderBy(b => b.From).Select(b => new BandSegment(b.From!.Value, b.To!.Value, b.Title)).ToList();
        var years = data.Years
            .Select(y => (Data: y, Year: AcademicYear.TryParse(y.Year, out var ay, out _) ? ay : default))
            .OrderBy(y => y.Year.First)
            .ToList();

        var yearBuilds = years.Select(y => BuildYear(y.Data, y.Year, bands, maxTotal)).ToList();
        var reports = yearBuilds.Select(b => b.Report).ToList();

        return new MonitoringReport
        {
            IsExample = data.Example,
            Threshold = _threshold,
            Note = data.Note,
            MaxScore = data.MaxScore,
            MaxTotal = maxTotal,
            Indicators = [.. data.Indicators.Select((i, n) => new IndicatorRow(n + 1, i.Id, i.Criterion, i.Text))],
            Levels = [.. data.Levels.Where(l => l.Score is not null).OrderByDescending(l => l.Score).Select(l => new LevelRow(l.Score!.Value, l.Title))],
            Bands = [.. bands.Select(b => new BandRow(b.From, b.To, b.Title, BandScaleChart.Range(b)))],
            Years = reports,
            ParticipantsChart = yearBuilds.Count == 0 ? null : ParticipantsChart(yearBuilds),
            PairsChart = yearBuilds.Count == 0 || catalog.Forms.Count == 0 ? null : PairsChart(yearBuilds),
            SummaryTable = SummaryTable(reports),
            IndicatorsTable = IndicatorsTable(reports),
            ChartsUrl = pagesFolder is null || yearBuilds.Count == 0 ? null : MonitoringPages.Charts(pagesFolder),
        };
    }

    private ChartValue Value(int value, CellState state, UnitForms unit) => state switch
    {
        CellState.Shown => ChartValue.Shown(value, RussianFormat.Number(value), RussianFormat.Count(value, unit)),
        CellState.Small => ChartValue.Hidden(SuppressedText.Small(_threshold), SuppressedText.Small(_threshold) + RussianFormat.NoBreakSpace + unit.Many),
        _ => ChartValue.Hidden(SuppressedText.Hidden),
    };

    private string Display(int value, CellState state) => SuppressedText.Count(value, state, _threshold);

    private YearBuild BuildYear(MonitoringYear year, AcademicYear ay, IReadOnlyList<BandSegment> bands, int maxTotal)
    {
        var label = ay.ToString();
        var mentors = year.Participants!.Mentors!;
        var mentees = year.Participants.Mentees!;
        int[] mentorCounts = [mentors.Teachers ?? 0, mentors.Students ?? 0];
        int[] menteeCounts = [mentees.YoungSpecialists ?? 0, mentees.AdaptingTeachers ?? 0, mentees.Students ?? 0];
        var mentorStates = ComplementarySuppression.Apply([mentorCounts], _threshold, TableMargins.RowTotals);
        var menteeStates = ComplementarySuppression.Apply([menteeCounts], _threshold, TableMargins.RowTotals);
        var mentorTotal = mentorCounts.Sum();
        var menteeTotal = menteeCounts.Sum();

        var participantsTable = new DataTable($"Участники программы наставничества, {label} учебный год", ["Участники", "Человек"],
        [
            ["Наставники — педагоги", Display(mentorCounts[0], mentorStates[0, 0])],
            ["Наставники — обучающиеся", Display(mentorCounts[1], mentorStates[0, 1])],
            ["Наставники, всего", Display(mentorTotal, mentorStates.RowTotal(0))],
            ["Наставляемые — молодые специалисты", Display(menteeCounts[0], menteeStates[0, 0])],
            ["Наставляемые — педагоги в период адаптации", Display(menteeCounts[1], menteeStates[0, 1])],
            ["Наставляемые — обучающиеся", Display(menteeCounts[2], menteeStates[0, 2])],
            ["Наставляемые, всего", Display(menteeTotal, menteeStates.RowTotal(0))],
        ]);

        var (forms, formPairs) = BuildForms(year);
        var pairsRows = new List<IReadOnlyList<string>>();
        foreach (var f in forms)
        {
            pairsRows.Add([f.Title, f.Pairs, f.Groups]);
            pairsRows.AddRange(f.Models.Select(m => (IReadOnlyList<string>)[$"в том числе «{m.Title}»", m.Pairs, m.Groups]));
        }

        var stage1 = year.Stage1 is { } s1 ? BuildStageOne(s1, ay, bands, maxTotal) : null;
        var stage2 = year.Stage2.Select(BuildParameter).ToList();
        var stage2Chart = stage2.Count == 0 ? null
            : DumbbellChart.Render($"mnt-{ay.Slug}-stage2", $"Второй этап мониторинга: параметры на входе и по итогам, {label} учебный год",
                [.. stage2.Select(s => s.Chart)]);

        var report = new YearReport
        {
            Year = label,
            Slug = ay.Slug,
            Url = pagesFolder is null ? null : MonitoringPages.Year(pagesFolder, ay),
            Note = year.Note,
            MentorsTeachers = participantsTable.Rows[0][1],
            MentorsStudents = participantsTable.Rows[1][1],
            MentorsTotal = participantsTable.Rows[2][1],
            MenteesYoungSpecialists = participantsTable.Rows[3][1],
            MenteesAdaptingTeachers = participantsTable.Rows[4][1],
            MenteesStudents = participantsTable.Rows[5][1],
            MenteesTotal = participantsTable.Rows[6][1],
            ParticipantsTable = participantsTable,
            Forms = forms,
            PairsTable = new DataTable($"Наставнические пары и группы по формам и моделям, {label} учебный год", ["Форма, модель", "Пары", "Группы"], pairsRows),
            Events = year.Events is { } e ? RussianFormat.Number(e) : "—",
            Practices = RussianFormat.Number(PracticesFor(ay)),
            Stage1 = stage1,
            Stage2 = [.. stage2.Select(s => s.Row)],
            Stage2Chart = stage2Chart,
        };

        return new YearBuild(report,
            Value(mentorTotal, mentorStates.RowTotal(0), UnitForms.People),
            Value(menteeTotal, menteeStates.RowTotal(0), UnitForms.People),
            formPairs);
    }

    private int PracticesFor(AcademicYear year)
    {
        var total = 0;
        foreach (var (key, count) in practicesPerYear)
        {
            if (AcademicYear.TryParse(key, out var k, out var ok) && ok && k == year)
            {
                total += count;
            }
        }

        return total;
    }

    /// <summary>
    /// Forms in catalog order. With models, the table models × (pairs, groups) publishes the form's pairs and
    /// groups as column totals, so complementary suppression runs on it; without models only small counts hide.
    /// </summary>
    private (List<FormRow> Rows, List<ChartValue> Pairs) BuildForms(MonitoringYear year)
    {
        var rows = new List<FormRow>();
        var pairs = new List<ChartValue>();
        foreach (var form in catalog.Forms)
        {
            var counts = year.Forms.FirstOrDefault(f => TitleKey.Of(f.Form) == form.Key);
            var formPairs = counts?.Pairs ?? 0;
            var formGroups = counts?.Groups ?? 0;
            if (counts is null || counts.Models.Count == 0 || form.Models.Count == 0)
            {
                var ps = SuppressedText.StateOf(formPairs, _threshold);
                var gs = SuppressedText.StateOf(formGroups, _threshold);
                rows.Add(new FormRow(form.Title, Display(formPairs, ps), Display(formGroups, gs), []));
                pairs.Add(Value(formPairs, ps, UnitForms.Pairs));
                continue;
            }

            var matrix = form.Models.Select(m =>
            {
                var mc = counts.Models.FirstOrDefault(x => TitleKey.Of(x.Model) == m.Key);
                return (IReadOnlyList<int>)[mc?.Pairs ?? 0, mc?.Groups ?? 0];
            }).ToList();
            var states = ComplementarySuppression.Apply(matrix, _threshold, TableMargins.ColumnTotals);
            var models = form.Models.Select((m, i) =>
                new ModelRow(m.Title, Display(matrix[i][0], states[i, 0]), Display(matrix[i][1], states[i, 1]))).ToList();
            rows.Add(new FormRow(form.Title, Display(formPairs, states.ColumnTotal(0)), Display(formGroups, states.ColumnTotal(1)), models));
            pairs.Add(Value(formPairs, states.ColumnTotal(0), UnitForms.Pairs));
        }

        return (rows, pairs);
    }

    private StageOneReport BuildStageOne(StageOneResult stage, AcademicYear ay, IReadOnlyList<BandSegment> bands, int maxTotal)
    {
        var byId = stage.Scores.ToDictionary(s => s.Indicator, s => s.Score ?? 0, StringComparer.OrdinalIgnoreCase);
        var levels = data.Levels.Where(l => l.Score is not null).ToDictionary(l => l.Score!.Value, l => l.Title);
        var scores = data.Indicators.Select((ind, n) =>
        {
            var score = byId[ind.Id];
            return new ScoreRow(n + 1, ind.Criterion, ind.Text, score, RussianFormat.Number(score), levels.GetValueOrDefault(score));
        }).ToList();
        var total = scores.Sum(s => s.Score);
        var band = bands.First(b => total >= b.From && total <= b.To);
        var title = $"Первый этап мониторинга: итоговый балл за {ay} учебный год";
        var chart = BandScaleChart.Render($"mnt-{ay.Slug}-stage1", title, bands, maxTotal, total);

        var rows = new List<IReadOnlyList<string>>();
        rows.AddRange(scores.Select(s => (IReadOnlyList<string>)[RussianFormat.Number(s.Number), s.Criterion, s.Text,
            s.LevelTitle is null ? s.ScoreLabel : $"{s.ScoreLabel} ({s.LevelTitle})"]));
        rows.Add(["", "", "Сумма баллов", $"{RussianFormat.Number(total)} из {RussianFormat.Number(maxTotal)}"]);
        rows.Add(["", "", "Уровень", $"{band.Title} ({BandScaleChart.Range(band)})"]);
        var table = new DataTable($"Показатели эффективности программы наставничества, {ay} учебный год", ["№", "Критерий", "Показатель", "Балл"], rows);
        return new StageOneReport(scores, total, maxTotal, band.Title, BandScaleChart.Range(band), stage.Note, chart, table);
    }

    private (StageTwoRow Row, DumbbellRow Chart) BuildParameter(StageTwoParameter p)
    {
        var kind = Units.KindOf(p.Unit);
        var before = p.Before ?? 0;
        var after = p.After ?? 0;
        var unit = p.Unit.Trim();
        var baseHidden = p.Of is { } of && of < _threshold;
        var baseLabel = p.Of is { } b ? (baseHidden ? SuppressedText.Small(_threshold) : RussianFormat.Number(b)) : "—";

        ChartValue Make(double v)
        {
            if (baseHidden)
            {
                return ChartValue.Hidden(SuppressedText.NoData(_threshold));
            }

            switch (kind)
            {
                case UnitKind.Percent:
                {
                    var text = RussianFormat.Number(v) + RussianFormat.NoBreakSpace + "%";
                    return ChartValue.Shown(v, text);
                }

                case UnitKind.People:
                {
                    var n = (int)v;
                    return SuppressedText.StateOf(n, _threshold) == CellState.Small
                        ? ChartValue.Hidden(SuppressedText.Small(_threshold), SuppressedText.Small(_threshold) + RussianFormat.NoBreakSpace + UnitForms.People.Many)
                        : ChartValue.Shown(n, RussianFormat.Number(n) + RussianFormat.NoBreakSpace + unit, RussianFormat.Count(n, UnitForms.People));
                }

                default:
                {
                    var text = RussianFormat.Number(v, 2) + RussianFormat.NoBreakSpace + unit;
                    return ChartValue.Shown(v, text);
                }
            }
        }

        var bv = Make(before);
        var av = Make(after);
        double scaleMax;
        string scaleLabel;
        if (baseHidden)
        {
            (scaleMax, scaleLabel) = (1, string.Empty);
        }
        else if (kind == UnitKind.Percent)
        {
            (scaleMax, scaleLabel) = (100, "100" + RussianFormat.NoBreakSpace + "%");
        }
        else if (kind == UnitKind.People)
        {
            scaleMax = Math.Max(1, p.Of ?? 1);
            scaleLabel = RussianFormat.Number((int)scaleMax) + RussianFormat.NoBreakSpace + unit;
        }
        else
        {
            scaleMax = p.Max is > 0 ? p.Max.Value : ChartScale.Nice(Math.Max(before, after)).Max;
            // The unit is written for the values («4,1 балла»); the bare number reads right at the scale's end.
            scaleLabel = RussianFormat.Number(scaleMax, 2);
        }

        var row = new StageTwoRow(p.Name, unit, baseLabel, bv.Label, av.Label, p.Note, baseHidden);
        return (row, new DumbbellRow(p.Name, baseLabel, bv, av, scaleMax, scaleLabel));
    }

    private MonitoringChart ParticipantsChart(List<YearBuild> years) =>
        GroupedBarChart.Render("mnt-participants", "Участники программы наставничества по учебным годам", "Учебный год",
            [.. years.Select(y => y.Report.Year)],
            [
                new BarSeries("Наставники", [.. years.Select(y => y.Mentors)]),
                new BarSeries("Наставляемые", [.. years.Select(y => y.Mentees)]),
            ],
            HiddenNote(years.SelectMany(y => new[] { y.Mentors, y.Mentees })));

    private MonitoringChart PairsChart(List<YearBuild> years) =>
        GroupedBarChart.Render("mnt-pairs", "Наставнические пары по формам наставничества по учебным годам", "Учебный год",
            [.. years.Select(y => y.Report.Year)],
            [.. catalog.Forms.Select((f, i) => new BarSeries(f.Title, [.. years.Select(y => y.FormPairs[i])]))],
            HiddenNote(years.SelectMany(y => y.FormPairs)));

    private string? HiddenNote(IEnumerable<ChartValue> values) =>
        values.Any(v => v.IsHidden) ? SuppressedText.Explanation(_threshold) : null;

    private static DataTable SummaryTable(List<YearReport> years) =>
        new("Наставничество по учебным годам",
            ["Учебный год", "Наставники", "Наставляемые", "Мероприятия", "Практики в копилке", "Итог первого этапа", "Уровень"],
            [.. years.Select(y => (IReadOnlyList<string>)[y.Year, y.MentorsTotal, y.MenteesTotal, y.Events, y.Practices,
                y.Stage1?.TotalLabel ?? "—", y.Stage1?.Band ?? "—"])]);

    private DataTable? IndicatorsTable(List<YearReport> years)
    {
        var withStage1 = years.Where(y => y.Stage1 is not null).ToList();
        if (withStage1.Count == 0)
        {
            return null;
        }

        var rows = new List<IReadOnlyList<string>>();
        for (var i = 0; i < data.Indicators.Count; i++)
        {
            rows.Add([RussianFormat.Number(i + 1), data.Indicators[i].Text, .. withStage1.Select(y => y.Stage1!.Scores[i].ScoreLabel)]);
        }

        rows.Add(["", "Сумма баллов", .. withStage1.Select(y => RussianFormat.Number(y.Stage1!.Total))]);
        rows.Add(["", "Уровень", .. withStage1.Select(y => y.Stage1!.Band)]);
        return new DataTable("Показатели первого этапа мониторинга по учебным годам", ["№", "Показатель", .. withStage1.Select(y => y.Year)], rows);
    }

    private sealed record YearBuild(YearReport Report, ChartValue Mentors, ChartValue Mentees, List<ChartValue> FormPairs);
}
