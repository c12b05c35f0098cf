using DocGen.Templates.Catalog;

namespace DocGen.Api.Forms;

/// <summary>The JSON shapes of the catalog answers.</summary>
internal static class FormViews
{
    public static object Summary(CatalogForm form) => new
    {
        id = form.Id,
        title = form.Latest.Manifest.Title,
        authority = form.Authority,
        authorityName = form.Latest.Manifest.AuthorityName,
        versions = form.Versions.Select(v => v.Version),
        latest = form.Latest.Version,
        provenance = form.Latest.Manifest.Provenance,
        confidence = NullIfEmpty(form.Latest.Manifest.Confidence),
        notice = form.Latest.Manifest.Notice.Title,
    };

    public static object Detail(CatalogForm form) => new
    {
        id = form.Id,
        title = form.Latest.Manifest.Title,
        authority = form.Authority,
        authorityName = form.Latest.Manifest.AuthorityName,
        latest = form.Latest.Version,
        versions = form.Versions.Select(Version),
    };

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    public static object Version(FormVersion v) => new
    {
        version = v.Version,
        title = v.Manifest.Title,
        notice = new { title = v.Manifest.Notice.Title, number = v.Manifest.Notice.Number, date = v.Manifest.Notice.Date },
        attachment = v.Manifest.Attachment,
        source = new { file = v.Manifest.Source.File, lines = v.Manifest.Source.Lines },
        provenance = v.Manifest.Provenance,
        basis = v.Manifest.Basis,
        confidence = NullIfEmpty(v.Manifest.Confidence),
        consulted = v.Manifest.Consulted.Select(c => new { title = c.Title, address = c.Address, year = c.Year, took = c.Took }),
        basedOn = string.IsNullOrEmpty(v.Manifest.Base) ? null : v.Manifest.Base,
        computations = v.Manifest.Computations.Select(c => new { field = c.Field, title = c.Title, sum = NullIfEmpty(c.Sum), weightedSum = NullIfEmpty(c.WeightedSum), weights = c.Weights, divideBy = c.DivideBy, cap = c.Cap, decimals = c.Decimals, source = c.Source }),
        samples = v.Samples.Keys,
        warnings = v.Warnings.Where(w => !w.IsError).Select(w => w.ToString()),
    };
}
