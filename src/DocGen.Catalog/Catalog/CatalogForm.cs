namespace DocGen.Templates.Catalog;

/// <summary>A form with all its servable versions, newest last.</summary>
public sealed class CatalogForm(string authority, string form, IReadOnlyList<FormVersion> versions)
{
    public string Authority { get; } = authority;
    public string Form { get; } = form;
    public string Id => $"{Authority}/{Form}";
    public IReadOnlyList<FormVersion> Versions { get; } = versions;
    public FormVersion Latest => Versions[^1];

    public FormVersion? Find(string? version) =>
        string.IsNullOrEmpty(version) ? Latest : Versions.FirstOrDefault(v => v.Version == version);
}
