namespace Mentoring.Site.Monitoring;

/// <summary>
/// Diagnostic codes of monitoring.yml: MNT0700–MNT0799 for the figures and the scoring scheme,
/// MNT0800–MNT0849 for refused personal data. Codes are stable; messages may be reworded.
/// </summary>
public static class MonitoringCodes
{
    /// <summary>The file is empty.</summary>
    public const string EmptyFile = "MNT0700";

    /// <summary>The small-count threshold is below the minimum (3).</summary>
    public const string ThresholdTooLow = "MNT0701";

    /// <summary>max_score is below 1.</summary>
    public const string BadMaxScore = "MNT0702";

    /// <summary>Indicator ids repeat.</summary>
    public const string DuplicateIndicator = "MNT0703";

    /// <summary>A score level is outside 0..max_score or repeats.</summary>
    public const string BadLevel = "MNT0704";

    /// <summary>A band ends before it starts, or lies outside 0..max.</summary>
    public const string BadBand = "MNT0705";

    /// <summary>Bands leave a gap.</summary>
    public const string BandGap = "MNT0706";

    /// <summary>Bands overlap.</summary>
    public const string BandOverlap = "MNT0707";

    /// <summary>The lowest band does not start at 0.</summary>
    public const string BandsNotFromZero = "MNT0708";

    /// <summary>The highest band does not end exactly at indicators × max_score.</summary>
    public const string BandsNotToMax = "MNT0709";

    /// <summary>The academic year is not written as «2022/2023».</summary>
    public const string BadYearFormat = "MNT0710";

    /// <summary>The second year of «2022/2024» is not the first plus one.</summary>
    public const string BadYearSequence = "MNT0711";

    /// <summary>An academic year appears twice.</summary>
    public const string DuplicateYear = "MNT0712";

    /// <summary>A count is negative.</summary>
    public const string NegativeCount = "MNT0713";

    /// <summary>A total of participants does not equal the sum of its parts.</summary>
    public const string ParticipantTotalMismatch = "MNT0714";

    /// <summary>A form title is not in forms.yml.</summary>
    public const string UnknownForm = "MNT0715";

    /// <summary>A model title is not a model of its form.</summary>
    public const string UnknownModel = "MNT0716";

    /// <summary>A form or a model is listed twice in one year.</summary>
    public const string DuplicateFormOrModel = "MNT0717";

    /// <summary>The pairs of the models do not add up to the pairs of the form.</summary>
    public const string PairsMismatch = "MNT0718";

    /// <summary>The groups of the models do not add up to the groups of the form.</summary>
    public const string GroupsMismatch = "MNT0719";

    /// <summary>A stage-1 score names an unknown indicator.</summary>
    public const string UnknownIndicatorScore = "MNT0720";

    /// <summary>A stage-1 score is missing for an indicator.</summary>
    public const string MissingIndicatorScore = "MNT0721";

    /// <summary>A stage-1 indicator is scored twice.</summary>
    public const string DuplicateIndicatorScore = "MNT0722";

    /// <summary>A stage-1 score is outside 0..max_score.</summary>
    public const string ScoreOutOfRange = "MNT0723";

    /// <summary>A count or percentage of people has no base «of».</summary>
    public const string MissingBase = "MNT0724";

    /// <summary>A stage-2 value is impossible: negative, a count above its base, a percentage above 100.</summary>
    public const string ImpossibleValue = "MNT0725";

    /// <summary>A count of people is not a whole number.</summary>
    public const string FractionalCount = "MNT0726";

    /// <summary>A stage-2 parameter is listed twice in one year.</summary>
    public const string DuplicateParameter = "MNT0727";

    /// <summary>A person's name or initials.</summary>
    public const string PersonalName = "MNT0801";

    /// <summary>A class with its letter («7 Б», «9а»).</summary>
    public const string ClassLetter = "MNT0802";

    /// <summary>A date of birth.</summary>
    public const string BirthDate = "MNT0803";

    /// <summary>A sensitive category broken down by class or parallel.</summary>
    public const string SensitiveByClass = "MNT0804";
}
