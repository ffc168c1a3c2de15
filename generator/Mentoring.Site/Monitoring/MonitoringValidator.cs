using System.Globalization;
using Mentoring.Engine;
using Mentoring.Site.Text;
using Mentoring.Site.Yaml;

namespace Mentoring.Site.Monitoring;

/// <summary>
/// Checks a bound monitoring file: the scoring scheme, the academic years, the totals, and personal data in the
/// free text. Reports every problem in one pass; the caller publishes nothing when any was found.
/// </summary>
internal sealed class MonitoringValidator(MonitoringData data, string path, FormCatalog catalog, DiagnosticBag diagnostics)
{
    public void Validate()
    {
        ValidateScheme();
        var seen = new Dictionary<int, int>();
        for (var i = 0; i < data.Years.Count; i++)
        {
            ValidateYear(data.Years[i], seen);
        }

        ScanPersonalData();
    }

    private void Error(string code, string message, YamlObject where, string? field = null)
    {
        var (line, column) = field is null ? (where.Line, where.Column) : where.PositionOf(field);
        diagnostics.Add(Diagnostic.Error(code, message, path, line, column));
    }

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);

    private void ValidateScheme()
    {
        if (data.Threshold is { } t && t < MonitoringData.MinimumThreshold)
        {
            Error(MonitoringCodes.ThresholdTooLow,
                $"Порог малых чисел threshold = {N(t)} слишком мал: при пороге ниже {MonitoringData.MinimumThreshold} по цифрам можно узнать конкретного участника (152-ФЗ). "
                + $"Укажите threshold не меньше {MonitoringData.MinimumThreshold} (обычно {MonitoringData.DefaultThreshold}) или удалите строку — тогда порог будет {MonitoringData.DefaultThreshold}.",
                data, "threshold");
        }

        if (data.MaxScore < 1)
        {
            Error(MonitoringCodes.BadMaxScore,
                $"Наибольший балл показателя max_score = {N(data.MaxScore)}, а должен быть не меньше 1. В Программе это 2 (2 — проявляется в полной мере, 1 — частично, 0 — не проявляется).",
                data, "max_score");
        }

        var ids = new Dictionary<string, MonitoringIndicator>(StringComparer.OrdinalIgnoreCase);
        foreach (var indicator in data.Indicators)
        {
            if (!ids.TryAdd(indicator.Id, indicator))
            {
                Error(MonitoringCodes.DuplicateIndicator,
                    $"Показатель с id «{indicator.Id}» указан дважды (первый раз в строке {N(ids[indicator.Id].Line)}). У каждого показателя должен быть свой id.",
                    indicator, "id");
            }
        }

        var levelScores = new HashSet<int>();
        foreach (var level in data.Levels)
        {
            if (level.Score is not { } s)
            {
                continue;
            }

            if (s < 0 || s > data.MaxScore)
            {
                Error(MonitoringCodes.BadLevel,
                    $"Балл уровня «{level.Title}» равен {N(s)}, а должен быть от 0 до {N(data.MaxScore)} (max_score). Исправьте score.",
                    level, "score");
            }
            else if (!levelScores.Add(s))
            {
                Error(MonitoringCodes.BadLevel, $"Балл {N(s)} назван дважды в levels. Оставьте одно название для каждого балла.", level, "score");
            }
        }

        if (data.MaxScore >= 1 && data.Indicators.Count > 0)
        {
            ValidateBands(data.Indicators.Count * data.MaxScore);
        }
    }

    private void ValidateBands(int max)
    {
        var valid = new List<ScoreBand>();
        foreach (var band in data.Bands)
        {
            if (band.From is not { } from || band.To is not { } to)
            {
                continue;
            }

            if (from < 0 || from > to)
            {
                Error(MonitoringCodes.BadBand,
                    $"Уровень «{band.Title}»: from = {N(from)}, to = {N(to)}. Начало уровня должно быть не меньше 0 и не больше конца. Исправьте from или to.",
                    band);
                continue;
            }

            valid.Add(band);
        }

        if (valid.Count == 0)
        {
            return;
        }

        var how = $"Уровни должны идти подряд без пропусков и наложений и покрывать все суммы от 0 до {N(max)} ({N(data.Indicators.Count)} показателей × {N(data.MaxScore)} балла), например 0–8, 9–14, 15–18.";
        var sorted = valid.OrderBy(b => b.From).ThenBy(b => b.To).ToList();
        if (sorted[0].From != 0)
        {
            Error(MonitoringCodes.BandsNotFromZero,
                $"Самый низкий уровень «{sorted[0].Title}» начинается с {N(sorted[0].From!.Value)}, а не с 0: суммы 0–{N(sorted[0].From!.Value - 1)} не попадают ни в один уровень. {how}",
                sorted[0], "from");
        }

        for (var i = 1; i < sorted.Count; i++)
        {
            var prev = sorted[i - 1];
            var next = sorted[i];
            if (next.From > prev.To + 1)
            {
                var gap = next.From - 1 == prev.To + 1 ? N(prev.To!.Value + 1) : $"{N(prev.To!.Value + 1)}–{N(next.From!.Value - 1)}";
                Error(MonitoringCodes.BandGap,
                    $"Между уровнями «{prev.Title}» (до {N(prev.To!.Value)}) и «{next.Title}» (от {N(next.From!.Value)}) пропуск: суммы {gap} не попадают ни в один уровень. {how}",
                    next, "from");
            }
            else if (next.From <= prev.To)
            {
                Error(MonitoringCodes.BandOverlap,
                    $"Уровни «{prev.Title}» ({N(prev.From!.Value)}–{N(prev.To!.Value)}) и «{next.Title}» ({N(next.From!.Value)}–{N(next.To!.Value)}) пересекаются: сумма {N(next.From!.Value)} попадает в оба. {how}",
                    next, "from");
            }
        }

        var top = sorted.MaxBy(b => b.To)!;
        if (top.To != max)
        {
            Error(MonitoringCodes.BandsNotToMax,
                top.To < max
                    ? $"Самый высокий уровень «{top.Title}» заканчивается на {N(top.To!.Value)}, а наибольшая сумма — {N(max)}: суммы {N(top.To!.Value + 1)}–{N(max)} не попадают ни в один уровень. {how}"
                    : $"Уровень «{top.Title}» заканчивается на {N(top.To!.Value)}, а сумма баллов не может быть больше {N(max)}. {how}",
                top, "to");
        }
    }

    private void ValidateYear(MonitoringYear year, Dictionary<int, int> seen)
    {
        if (!AcademicYear.TryParse(year.Year, out var parsed, out var sequenceOk))
        {
            Error(MonitoringCodes.BadYearFormat,
                $"Учебный год «{year.Year}» записан неверно. Запишите его как два года через косую черту: «2022/2023».",
                year, "year");
        }
        else if (!sequenceOk)
        {
            Error(MonitoringCodes.BadYearSequence,
                $"Учебный год «{year.Year}»: второй год должен быть на единицу больше первого. Исправьте на «{parsed}».",
                year, "year");
        }
        else if (!seen.TryAdd(parsed.First, year.Line))
        {
            Error(MonitoringCodes.DuplicateYear,
                $"Учебный год {parsed} указан дважды (первый раз в строке {N(seen[parsed.First])}). Объедините данные в одну запись.",
                year, "year");
        }

        var label = year.Year;
        if (year.Participants is { } p)
        {
            ValidateParticipants(p, label);
        }

        ValidateForms(year, label);
        NonNegative(year.Events, year, "events", label);
        if (year.Stage1 is { } s1)
        {
            ValidateStageOne(s1, label);
        }

        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var parameter in year.Stage2)
        {
            ValidateParameter(parameter, label);
            if (!names.TryAdd(TitleKey.Of(parameter.Name), parameter.Line))
            {
                Error(MonitoringCodes.DuplicateParameter,
                    $"{label}: параметр «{parameter.Name}» второго этапа указан дважды (первый раз в строке {N(names[TitleKey.Of(parameter.Name)])}). Оставьте одну запись.",
                    parameter, "name");
            }
        }
    }

    private void NonNegative(int? value, YamlObject where, string field, string year)
    {
        if (value is < 0)
        {
            Error(MonitoringCodes.NegativeCount,
                $"{year}: поле «{field}» равно {N(value.Value)}. Число не может быть отрицательным; укажите 0 или больше.",
                where, field);
        }
    }

    private void ValidateParticipants(ParticipantCounts p, string year)
    {
        if (p.Mentors is { } m)
        {
            NonNegative(m.Teachers, m, "teachers", year);
            NonNegative(m.Students, m, "students", year);
            NonNegative(m.Total, m, "total", year);
            var sum = (m.Teachers ?? 0) + (m.Students ?? 0);
            if (m.Total is { } total && total != sum)
            {
                Error(MonitoringCodes.ParticipantTotalMismatch,
                    $"{year}: всего наставников указано {N(total)}, а педагогов и обучающихся вместе {N(sum)} ({N(m.Teachers ?? 0)} + {N(m.Students ?? 0)}). Исправьте total или числа по видам, либо удалите total — он посчитается сам.",
                    m, "total");
            }
        }

        if (p.Mentees is { } e)
        {
            NonNegative(e.YoungSpecialists, e, "young_specialists", year);
            NonNegative(e.AdaptingTeachers, e, "adapting_teachers", year);
            NonNegative(e.Students, e, "students", year);
            NonNegative(e.Total, e, "total", year);
            var sum = (e.YoungSpecialists ?? 0) + (e.AdaptingTeachers ?? 0) + (e.Students ?? 0);
            if (e.Total is { } total && total != sum)
            {
                Error(MonitoringCodes.ParticipantTotalMismatch,
                    $"{year}: всего наставляемых указано {N(total)}, а по категориям вместе {N(sum)} ({N(e.YoungSpecialists ?? 0)} + {N(e.AdaptingTeachers ?? 0)} + {N(e.Students ?? 0)}). Исправьте total или числа по категориям, либо удалите total — он посчитается сам.",
                    e, "total");
            }
        }
    }

    private void ValidateForms(MonitoringYear year, string label)
    {
        var forms = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in year.Forms)
        {
            NonNegative(f.Pairs, f, "pairs", label);
            NonNegative(f.Groups, f, "groups", label);
            var form = catalog.FindForm(f.Form);
            if (form is null)
            {
                var hint = TextMatching.Closest(f.Form, catalog.Forms.Select(x => x.Title), 1) is [var s] ? $" Возможно, имелось в виду «{s}»?" : string.Empty;
                Error(MonitoringCodes.UnknownForm,
                    $"{label}: формы «{f.Form}» нет в data/forms.yml.{hint} Укажите название формы так, как оно записано там: {string.Join(", ", catalog.Forms.Select(x => $"«{x.Title}»"))}.",
                    f, "form");
                continue;
            }

            if (!forms.TryAdd(form.Key, f.Line))
            {
                Error(MonitoringCodes.DuplicateFormOrModel,
                    $"{label}: форма «{form.Title}» указана дважды (первый раз в строке {N(forms[form.Key])}). Объедините числа в одну запись.",
                    f, "form");
            }

            if (f.Models.Count == 0)
            {
                continue;
            }

            var models = new Dictionary<string, int>(StringComparer.Ordinal);
            var known = true;
            foreach (var m in f.Models)
            {
                NonNegative(m.Pairs, m, "pairs", label);
                NonNegative(m.Groups, m, "groups", label);
                var model = form.FindModel(m.Model);
                if (model is null)
                {
                    known = false;
                    var hint = TextMatching.Closest(m.Model, form.Models.Select(x => x.Title), 1) is [var s] ? $" Возможно, имелось в виду «{s}»?" : string.Empty;
                    Error(MonitoringCodes.UnknownModel,
                        $"{label}: у формы «{form.Title}» нет модели «{m.Model}».{hint} Модели этой формы в data/forms.yml: {string.Join(", ", form.Models.Select(x => $"«{x.Title}»"))}.",
                        m, "model");
                }
                else if (!models.TryAdd(model.Key, m.Line))
                {
                    Error(MonitoringCodes.DuplicateFormOrModel,
                        $"{label}: модель «{model.Title}» формы «{form.Title}» указана дважды (первый раз в строке {N(models[model.Key])}). Объедините числа в одну запись.",
                        m, "model");
                }
            }

            if (!known)
            {
                continue;
            }

            var pairs = f.Models.Sum(m => m.Pairs ?? 0);
            if (f.Pairs is { } fp && pairs != fp)
            {
                Error(MonitoringCodes.PairsMismatch,
                    $"{label}: у формы «{form.Title}» указано пар: {N(fp)}, а по моделям вместе {N(pairs)} ({string.Join(" + ", f.Models.Select(m => N(m.Pairs ?? 0)))}). Сумма пар по моделям должна равняться числу пар формы: исправьте pairs формы или моделей.",
                    f, "pairs");
            }

            var groups = f.Models.Sum(m => m.Groups ?? 0);
            if (f.Groups is { } fg && groups != fg)
            {
                Error(MonitoringCodes.GroupsMismatch,
                    $"{label}: у формы «{form.Title}» указано групп: {N(fg)}, а по моделям вместе {N(groups)} ({string.Join(" + ", f.Models.Select(m => N(m.Groups ?? 0)))}). Сумма групп по моделям должна равняться числу групп формы: исправьте groups формы или моделей.",
                    f, "groups");
            }
        }
    }

    private void ValidateStageOne(StageOneResult stage, string year)
    {
        var indicators = data.Indicators.ToDictionary(i => i.Id, StringComparer.OrdinalIgnoreCase);
        var scored = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var score in stage.Scores)
        {
            if (!indicators.ContainsKey(score.Indicator))
            {
                var hint = TextMatching.Closest(score.Indicator, indicators.Keys, 1) is [var s] ? $" Возможно, имелось в виду «{s}»?" : string.Empty;
                Error(MonitoringCodes.UnknownIndicatorScore,
                    $"{year}: показателя «{score.Indicator}» нет в списке indicators.{hint} Укажите id одного из показателей: {string.Join(", ", data.Indicators.Select(i => i.Id))}.",
                    score, "indicator");
                continue;
            }

            if (!scored.TryAdd(score.Indicator, score.Line))
            {
                Error(MonitoringCodes.DuplicateIndicatorScore,
                    $"{year}: показатель «{score.Indicator}» оценён дважды (первый раз в строке {N(scored[score.Indicator])}). Оставьте одну оценку.",
                    score, "indicator");
            }

            if (score.Score is { } v && (v < 0 || v > data.MaxScore))
            {
                Error(MonitoringCodes.ScoreOutOfRange,
                    $"{year}: оценка показателя «{score.Indicator}» равна {N(v)}, а должна быть целым числом от 0 до {N(data.MaxScore)}. Исправьте score.",
                    score, "score");
            }
        }

        var missing = data.Indicators.Where(i => !scored.ContainsKey(i.Id)).Select(i => i.Id).ToList();
        if (missing.Count > 0 && stage.Scores.Count > 0)
        {
            Error(MonitoringCodes.MissingIndicatorScore,
                $"{year}: в первом этапе нет оценок показателей {string.Join(", ", missing)}. Без них сумму и уровень посчитать нельзя: добавьте оценку каждого показателя (0–{N(data.MaxScore)}) или удалите раздел stage1, пока анализ не готов.",
                stage);
        }
    }

    private void ValidateParameter(StageTwoParameter p, string year)
    {
        var kind = Units.KindOf(p.Unit);
        if (p.Of is { } of && of < 0)
        {
            Error(MonitoringCodes.NegativeCount,
                $"{year}: у параметра «{p.Name}» база of = {N(of)}. Число людей не может быть отрицательным.",
                p, "of");
        }

        if (kind != UnitKind.Other && p.Of is null)
        {
            Error(MonitoringCodes.MissingBase,
                $"{year}: параметр «{p.Name}» — {(kind == UnitKind.Percent ? "доля" : "число")} людей, но не указано, от скольких человек он посчитан. Добавьте «of: N» — сколько участников измерялось; при N меньше {N(data.EffectiveThreshold)} значение не публикуется.",
                p, "name");
        }

        if (p.Max is { } scaleMax && !(scaleMax > 0))
        {
            Error(MonitoringCodes.ImpossibleValue,
                $"{year}: у параметра «{p.Name}» наибольшее значение шкалы max = {scaleMax.ToString(CultureInfo.InvariantCulture)}, а должно быть больше 0. Исправьте max или удалите его.",
                p, "max");
        }

        foreach (var (field, value) in new[] { ("before", p.Before), ("after", p.After) })
        {
            if (value is not { } v)
            {
                continue;
            }

            var what = field == "before" ? "на входе (before)" : "по итогам (after)";
            if (v < 0)
            {
                Error(MonitoringCodes.ImpossibleValue,
                    $"{year}: значение параметра «{p.Name}» {what} отрицательное. Проверьте число.",
                    p, field);
            }
            else if (kind == UnitKind.Percent && v > 100)
            {
                Error(MonitoringCodes.ImpossibleValue,
                    $"{year}: доля «{p.Name}» {what} больше 100 %. Укажите процент от 0 до 100.",
                    p, field);
            }
            else if (kind == UnitKind.People && v != Math.Floor(v))
            {
                Error(MonitoringCodes.FractionalCount,
                    $"{year}: «{p.Name}» {what} — число людей, а указано дробное {v.ToString(CultureInfo.InvariantCulture)}. Укажите целое число или единицу «%».",
                    p, field);
            }
            else if (kind == UnitKind.Other && p.Max is { } m && m > 0 && v > m)
            {
                Error(MonitoringCodes.ImpossibleValue,
                    $"{year}: значение «{p.Name}» {what} — {v.ToString(CultureInfo.InvariantCulture)}, больше наибольшего значения шкалы max = {m.ToString(CultureInfo.InvariantCulture)}. Исправьте значение или max.",
                    p, field);
            }
            else if (kind == UnitKind.People && p.Of is { } of2 && v > of2)
            {
                Error(MonitoringCodes.ImpossibleValue,
                    $"{year}: «{p.Name}» {what} — {v.ToString(CultureInfo.InvariantCulture)} чел., больше базы of = {N(of2)}. Исправьте значение или базу.",
                    p, field);
            }
        }
    }

    private void ScanPersonalData()
    {
        Scan(data, "note", data.Note, "общее примечание");
        foreach (var i in data.Indicators)
        {
            Scan(i, "criterion", i.Criterion, "показатель " + i.Id);
            Scan(i, "text", i.Text, "показатель " + i.Id);
        }

        foreach (var l in data.Levels)
        {
            Scan(l, "title", l.Title, "название балла");
        }

        foreach (var b in data.Bands)
        {
            Scan(b, "title", b.Title, "уровень");
        }

        foreach (var y in data.Years)
        {
            Scan(y, "year", y.Year, y.Year);
            Scan(y, "note", y.Note, y.Year);
            foreach (var f in y.Forms)
            {
                Scan(f, "form", f.Form, y.Year);
                foreach (var m in f.Models)
                {
                    Scan(m, "model", m.Model, y.Year);
                }
            }

            if (y.Stage1 is { } s1)
            {
                Scan(s1, "note", s1.Note, y.Year + ", первый этап");
                foreach (var s in s1.Scores)
                {
                    Scan(s, "indicator", s.Indicator, y.Year + ", первый этап");
                }
            }

            foreach (var p in y.Stage2)
            {
                Scan(p, "name", p.Name, y.Year + ", второй этап");
                Scan(p, "unit", p.Unit, y.Year + ", второй этап");
                Scan(p, "note", p.Note, y.Year + ", второй этап");
            }
        }
    }

    private void Scan(YamlObject owner, string field, string? text, string context)
    {
        foreach (var finding in PersonalDataDetector.Scan(text))
        {
            Error(finding.Code,
                $"Поле «{field}» ({context}): «{finding.Fragment}» — {finding.Rule} Как исправить: {finding.Fix} Файл мониторинга не публикуется, пока это не исправлено.",
                owner, field);
        }
    }
}
