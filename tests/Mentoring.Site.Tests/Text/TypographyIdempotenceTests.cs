using System.Text;
using Mentoring.Site.Text;

namespace Mentoring.Site.Tests.Text;

/// <summary>
/// Idempotence over many seeded random combinations of the pieces the rules react to, because a
/// rule whose output matches another rule's input differently is easy to miss with examples alone.
/// </summary>
public sealed class TypographyIdempotenceTests
{
    private static readonly string[] TextPieces =
    [
        "в", "и", "школе", "Наставник", "\"", "«", "»", "„", "“", "”", " ", " ", " ", "  ", "\u00A0", "\t", "\n",
        "-", "–", "—", "№", "1", "2022", "29", "г", "гг", "года", "августа", ".", ",", ":", "(", ")",
        "С", "Н", "Жигалова", "т", "д", "е", "ли", "же", "б", "из-за", "https://x.ru/a", "a@b.ru", "2022г", "'",
    ];

    private static readonly string[] HtmlPieces =
    [
        "<em>", "</em>", "<a href=\"x - y\">", "</a>", "<p>", "</p>", "<br>", "<code>x - \"y\"</code>",
        "&quot;", "&nbsp;", "&amp;", "&mdash;", "<!-- c -->",
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Random_combinations_are_idempotent(bool html)
    {
        var random = new Random(20221029);
        var builder = new StringBuilder();
        for (int i = 0; i < 20_000; i++)
        {
            builder.Clear();
            int pieces = random.Next(1, 14);
            for (int j = 0; j < pieces; j++)
            {
                builder.Append(html && random.Next(4) == 0
                    ? HtmlPieces[random.Next(HtmlPieces.Length)]
                    : TextPieces[random.Next(TextPieces.Length)]);
            }

            string input = builder.ToString();
            string once = html ? Typography.ApplyToHtml(input) : Typography.ApplyToText(input);
            string twice = html ? Typography.ApplyToHtml(once) : Typography.ApplyToText(once);
            Assert.True(once == twice, $"Not idempotent for «{input}»: «{once}» then «{twice}».");
        }
    }
}
