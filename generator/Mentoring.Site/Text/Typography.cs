namespace Mentoring.Site.Text;

// Temporary: replaced by the full typographer from the text branch.
public static class Typography
{
    public static string ApplyToHtml(string html) => html;

    public static string ApplyToText(string text) => text;
}
