using Mentoring.Engine;
using Mentoring.Site.Section;
using Mentoring.Site.Yaml;

namespace Mentoring.Site.Tests.Yaml;

public sealed class YamlBinderTests
{
    private static (T? Value, string[] Messages) Bind<T>(string yaml) where T : class
    {
        var bag = new DiagnosticBag();
        var value = YamlBinder.Bind<T>(YamlReader.Read(yaml, "f.yml", bag), "f.yml", bag);
        return (value, [.. bag.Sorted().Select(d => d.ToString())]);
    }

    [Fact]
    public void Binds_nested_objects_lists_and_dates_and_remembers_field_positions()
    {
        var (doc, messages) = Bind<SchoolDocument>("id: p\ntitle: Программа\nkind: Программа\ndate: 2022-08-29\nsignature:\n  signer: Директор\n  position: директор\n  signed_at: 2022-08-29 10:15\n  key_id: AB12\n");
        Assert.Empty(messages);
        Assert.NotNull(doc);
        Assert.Equal(new DateOnly(2022, 8, 29), doc.Date);
        Assert.Equal(new DateTime(2022, 8, 29, 10, 15, 0), doc.Signature!.SignedAt);
        Assert.Equal((4, 1), doc.PositionOf("date"));
        Assert.Equal("f.yml", doc.SourcePath);
    }

    [Fact]
    public void Russian_date_format_is_accepted()
    {
        var (doc, messages) = Bind<SchoolDocument>("id: p\ntitle: T\nkind: K\ndate: 25.12.2019\n");
        Assert.Empty(messages);
        Assert.Equal(new DateOnly(2019, 12, 25), doc!.Date);
    }

    [Theory]
    [InlineData("2023-02-29", "MNT0214")]
    [InlineData("2024-04-31", "MNT0214")]
    [InlineData("2024-00-10", "MNT0214")]
    [InlineData("вчера", "MNT0213")]
    [InlineData("2024/01/01", "MNT0213")]
    public void Bad_dates_are_reported(string value, string code)
    {
        var (doc, messages) = Bind<SchoolDocument>($"id: p\ntitle: T\nkind: K\ndate: {value}\n");
        Assert.Null(doc);
        Assert.Contains($"f.yml(4,7): ошибка {code}", Assert.Single(messages), StringComparison.Ordinal);
    }

    [Fact]
    public void Leap_day_is_a_real_date()
    {
        var (doc, messages) = Bind<SchoolDocument>("id: p\ntitle: T\nkind: K\ndate: 2024-02-29\n");
        Assert.Empty(messages);
        Assert.Equal(new DateOnly(2024, 2, 29), doc!.Date);
    }

    [Fact]
    public void Unknown_field_suggests_the_closest_and_lists_the_allowed()
    {
        var (_, messages) = Bind<PracticeKind>("id: urok\ntitel: Урок\n");
        Assert.Equal(
            [
                "f.yml(1,1): ошибка MNT0211: Не указано обязательное поле «title». Добавьте строку «title: …».",
                "f.yml(2,1): ошибка MNT0210: Неизвестное поле «titel». Возможно, имелось в виду «title»? Допустимые поля: id, plural, title.",
            ],
            messages);
    }

    [Fact]
    public void A_list_where_a_text_is_expected_is_a_type_error()
    {
        var (_, messages) = Bind<PracticeKind>("id: urok\ntitle:\n  - Урок\n");
        Assert.Equal(["f.yml(3,3): ошибка MNT0212: Поле «title» должно быть текстом, а указано список."], messages);
    }

    [Fact]
    public void A_text_where_a_list_is_expected_is_a_type_error()
    {
        var (_, messages) = Bind<ProgrammeStage>("stage: Этап\nactivities: одно мероприятие\n");
        Assert.Equal(["f.yml(2,13): ошибка MNT0212: Поле «activities» должно быть списком (каждый элемент — с новой строки после «- »), а указано «одно мероприятие»."], messages);
    }

    [Fact]
    public void Empty_required_text_is_reported_at_the_field()
    {
        var (_, messages) = Bind<PracticeKind>("id: urok\ntitle: \"\"\n");
        Assert.Equal(["f.yml(2,1): ошибка MNT0211: Поле «title» не может быть пустым. Заполните его."], messages);
    }

    [Fact]
    public void Booleans_accept_russian_yes_and_no_and_refuse_others()
    {
        Assert.True(Bind<SchoolDocument>("id: p\ntitle: T\nkind: K\nexample: да\n").Value!.Example);
        var (_, messages) = Bind<SchoolDocument>("id: p\ntitle: T\nkind: K\nexample: может быть\n");
        Assert.Equal(["f.yml(4,10): ошибка MNT0212: Поле «example» должно быть логическим значением true или false, а указано «может быть»."], messages);
    }

    [Fact]
    public void Errors_of_many_documents_bound_in_parallel_stay_with_their_documents()
    {
        var bag = new DiagnosticBag();
        var results = new PracticeKind?[200];
        Parallel.For(0, results.Length, i =>
        {
            var yaml = i % 2 == 0 ? "id: a\ntitle: A\n" : "id: a\ntitle: [1]\n";
            results[i] = YamlBinder.Bind<PracticeKind>(YamlReader.Read(yaml, $"{i}.yml", bag), $"{i}.yml", bag);
        });
        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(i % 2 == 0, results[i] is not null);
        }

        Assert.Equal(100, bag.ErrorCount);
    }

    [Fact]
    public void Plain_conversion_keeps_structure_for_templates()
    {
        var bag = new DiagnosticBag();
        var plain = YamlBinder.ToPlain(YamlReader.Read("a: 1\nb:\n  - x\n  - y\nc:\n  d: e\n", "f.yml", bag));
        var map = Assert.IsType<Dictionary<string, object?>>(plain);
        Assert.Equal("1", map["a"]);
        Assert.Equal(["x", "y"], Assert.IsType<List<object?>>(map["b"]));
        Assert.Equal("e", Assert.IsType<Dictionary<string, object?>>(map["c"])["d"]);
    }
}
