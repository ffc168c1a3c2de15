using Mentoring.Site.Section;

namespace Mentoring.Site.Library;

/// <summary>
/// Which forms have pupils as mentors («ученик – ученик»): their practices are written about pupils and
/// by pupils, so they never carry authors' names — only roles. Decided from the form's title (the mentor
/// is the part before the dash), so a school with other forms needs no code change.
/// </summary>
public static class PupilForms
{
    private static readonly string[] PupilWords = ["ученик", "ученица", "обучающийся", "обучающаяся", "школьник", "школьница"];

    public static bool HasPupilMentors(MentoringForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var title = form.Title;
        var cut = title.IndexOfAny(['–', '—', '-', '\u2212']);
        var mentor = DataMatcher.Key(cut > 0 ? title[..cut] : title);
        return PupilWords.Contains(mentor, StringComparer.Ordinal);
    }
}
