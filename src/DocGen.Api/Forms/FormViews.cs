using DocGen.Templates.Catalog;

namespace DocGen.Api.Forms;

/// <summary>The catalog answers, built from the loaded forms.</summary>
internal static class FormViews
{
    public static FormSummary Summary(CatalogForm form) => new(
        form.Id,
        form.Latest.Manifest.Title,
        form.Authority,
        form.Latest.Manifest.AuthorityName,
        [.. form.Versions.Select(v => v.Version)],
        form.Latest.Version,
        form.Latest.Manifest.Provenance,
        NullIfEmpty(form.Latest.Manifest.Confidence),
        form.Latest.Manifest.Notice.Title);

    public static FormDetail Detail(CatalogForm form) => new(
        form.Id,
        form.Latest.Manifest.Title,
        form.Authority,
        form.Latest.Manifest.AuthorityName,
        form.Latest.Version,
        [.. form.Versions.Select(Version)]);

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    public static FormVersionDetail Version(FormVersion v) => new(
        v.Version,
        v.Manifest.Title,
        new NoticeReference(v.Manifest.Notice.Title, v.Manifest.Notice.Number, v.Manifest.Notice.Date),
        v.Manifest.Attachment,
        new SourceReference(v.Manifest.Source.File, v.Manifest.Source.Lines),
        v.Manifest.Provenance,
        v.Manifest.Basis,
        NullIfEmpty(v.Manifest.Confidence),
        [.. v.Manifest.Consulted.Select(c => new ConsultedCopy(c.Title, c.Address, c.Year, c.Took))],
        NullIfEmpty(v.Manifest.Base),
        [.. v.Manifest.Computations.Select(c => new ComputedField(c.Field, c.Title, NullIfEmpty(c.Sum), NullIfEmpty(c.WeightedSum), c.Weights, c.DivideBy, c.Cap, c.Decimals, c.Source))],
        [.. v.Samples.Keys],
        [.. v.Warnings.Where(w => !w.IsError).Select(w => w.ToString())],
        v.Manifest.Summary is { } summary
            ? [.. summary.Sources.Select(s => new SummarySource(s.Form, s.Rows, NullIfEmpty(s.Each), NullIfEmpty(s.Key),
                s.Fields.ToDictionary(f => f.Key, f => SummarySourceSpec.PointersOf(f.Value)), s.Values))]
            : null);
}
