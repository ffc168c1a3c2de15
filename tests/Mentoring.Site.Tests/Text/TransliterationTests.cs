using Mentoring.Site.Text;

namespace Mentoring.Site.Tests.Text;

public sealed class TransliterationTests
{
    [Theory]
    [InlineData("Открытый урок", "otkrytyy-urok")]
    [InlineData("Ученик – ученик", "uchenik-uchenik")]
    [InlineData("ученик-ученик", "uchenik-uchenik")]
    [InlineData("Положение о наставничестве", "polozhenie-o-nastavnichestve")]
    [InlineData("Ёлка, щука, съезд, подъём, объявление", "elka-shchuka-sezd-podem-obyavlenie")]
    [InlineData("Жизнь, цех, чаща, хор, юла, ягода, эхо", "zhizn-tsekh-chashcha-khor-yula-yagoda-ekho")]
    [InlineData("  «Точка роста» — 2022!  ", "tochka-rosta-2022")]
    [InlineData("Mentoring 2.0 & Co", "mentoring-2-0-co")]
    [InlineData("ABC", "abc")]
    [InlineData("Мастер-класс", "master-klass")]
    [InlineData("Приказ № 5", "prikaz-no-5")] // NFKC turns «№» into «No»
    [InlineData("", "")]
    [InlineData("!!! — ???", "")]
    [InlineData("Café", "caf")] // non-Russian letters are separators, not guessed
    public void ToSlug(string text, string expected) =>
        Assert.Equal(expected, Transliteration.ToSlug(text));

    [Fact]
    public void Covers_the_whole_alphabet()
    {
        Assert.Equal(
            "abvgdeezhziyklmnoprstufkhtschshshchyeyuya",
            Transliteration.ToSlug("абвгдеёжзийклмнопрстуфхцчшщъыьэюя"));
        Assert.Equal(
            "abvgdeezhziyklmnoprstufkhtschshshchyeyuya",
            Transliteration.ToSlug("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"));
    }

    [Fact]
    public void Invisible_and_bidi_characters_are_removed_before_anything()
    {
        Assert.Equal("otkrytyy-urok", Transliteration.ToSlug("От\u200Bкры\u00ADтый урок"));
        Assert.Equal("otkrytyy-urok", Transliteration.ToSlug("\uFEFF\u202BОткры\u200Dтый\u202C урок\u2066\u2069\u200E\u200F\u2060"));
    }

    [Fact]
    public void Decomposed_and_compatibility_forms_are_normalised()
    {
        // «й» as «и» + combining breve, «ё» as «е» + combining diaeresis, full-width Latin letters.
        Assert.Equal("moy-elka", Transliteration.ToSlug("Мои\u0306 е\u0308лка"));
        Assert.Equal("abc", Transliteration.ToSlug("ＡＢＣ"));
    }

    [Theory]
    [InlineData("один два три четыре", 14, "odin-dva-tri")]
    [InlineData("один два три четыре", 12, "odin-dva-tri")]
    [InlineData("один два три четыре", 11, "odin-dva")]
    [InlineData("наставничество", 5, "nasta")]
    public void Long_slugs_are_cut_on_a_hyphen_where_possible(string text, int max, string expected) =>
        Assert.Equal(expected, Transliteration.ToSlug(text, max));

    [Fact]
    public void Default_length_limit_is_80()
    {
        string slug = Transliteration.ToSlug(string.Join(' ', Enumerable.Repeat("наставничество", 20)));
        Assert.True(slug.Length <= 80);
        Assert.EndsWith("nastavnichestvo", slug, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Положение о наставничестве.PDF", "polozhenie-o-nastavnichestve.pdf")]
    [InlineData("Программа наставничества 2022.docx", "programma-nastavnichestva-2022.docx")]
    [InlineData("Приказ №12 от 01.09.2022.pdf", "prikaz-no12-ot-01-09-2022.pdf")]
    [InlineData("Отчёт", "otchet")]
    [InlineData("Отчёт.", "otchet")]
    [InlineData(".pdf", "pdf")]
    [InlineData("«».pdf", "")]
    [InlineData("Справка.доц", "spravka-dots")]
    public void ToFileName(string name, string expected) =>
        Assert.Equal(expected, Transliteration.ToFileName(name));
}
