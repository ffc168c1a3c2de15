namespace Mentoring.Site.Monitoring;

/// <summary>The forms and models of forms.yml, looked up by <see cref="TitleKey"/>.</summary>
internal sealed class FormCatalog
{
    public FormCatalog(IReadOnlyList<(string FormTitle, IReadOnlyList<string> ModelTitles)> forms)
    {
        ArgumentNullException.ThrowIfNull(forms);
        Forms = [.. forms.Select(f => new CatalogForm(f.FormTitle, TitleKey.Of(f.FormTitle),
            [.. f.ModelTitles.Select(m => new CatalogModel(m, TitleKey.Of(m)))]))];
    }

    public IReadOnlyList<CatalogForm> Forms { get; }

    public CatalogForm? FindForm(string title)
    {
        var key = TitleKey.Of(title);
        return Forms.FirstOrDefault(f => f.Key == key);
    }
}
