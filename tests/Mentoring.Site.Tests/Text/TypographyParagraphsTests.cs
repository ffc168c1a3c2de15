using System.Text;
using Mentoring.Site.Text;

namespace Mentoring.Site.Tests.Text;

/// <summary>
/// Pages are typeset paragraph by paragraph (between block markup) with a cache of recurring paragraphs:
/// the result must be the one of typesetting the whole text at once, the first time and from the cache.
/// </summary>
public sealed class TypographyParagraphsTests
{
    private const char Block = '\uFDD1';
    private const char Inline = '\uFDD0';
    private const char LineBreak = '\uFDD2';
    private const char Opaque = '\uFDD3';

    public static TheoryData<string> Texts() => new()
    {
        $"{Block}в школе{Block}",
        $"\"Программа {Inline}\"Наставничество\"{Inline}\"{Block}\"a{Block}\n{Block}b\"{Block}",
        $"слово {Block} - пункт{Block}наставник - участник {Block}",
        $"в {Block}школе и {Block}\"кавычка{Block}\" после",
        $"С. Н.{Block} Жигалова{Block}Жигалова С.{Block} Н.",
        $"2022{Block} г.{Block}29 {Block}августа; т.{Block}д.{Block}№{Block}1",
        $"пришёл{Block} бы {Block}{Block}  \t {Block}\n\n\"x\"{Block}   ",
        $"строка{LineBreak}- реплика{Block}ссылка http://example.org/{Block}ещё mail@example.org{Block}{Opaque} - {Opaque}",
        $"{Block}{Block}",
        "без блоков: \"в школе\" - дома",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Typesets_as_the_whole_text_does_also_from_the_cache(string text)
    {
        var whole = new StringBuilder();
        bool wholeChanged = TypographyEngine.Process(text, whole);
        for (int pass = 0; pass < 3; pass++)
        {
            var byParagraph = new StringBuilder();
            Assert.Equal(wholeChanged, TypographyParagraphs.Process(text, byParagraph));
            Assert.Equal(whole.ToString(), byParagraph.ToString());
        }
    }
}
