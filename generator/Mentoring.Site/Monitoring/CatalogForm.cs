namespace Mentoring.Site.Monitoring;

/// <summary>A form of forms.yml with its canonical title and models.</summary>
internal sealed record CatalogForm(string Title, string Key, IReadOnlyList<CatalogModel> Models)
{
    public CatalogModel? FindModel(string title)
    {
        var key = TitleKey.Of(title);
        return Models.FirstOrDefault(m => m.Key == key);
    }
}
