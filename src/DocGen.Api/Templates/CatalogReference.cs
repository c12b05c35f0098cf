using DocGen.Api.Forms;
using DocGen.Templates.Catalog;
using DocGen.Templates.Extraction;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocGen.Api.Templates;

/// <summary>
/// A published form version a candidate template is checked against: its schema, its constants (years,
/// issuer) and its samples stand in for whatever the official did not upload.
/// </summary>
/// <param name="Score">How much fixed text the template shares with the version when it was recognised; null when the official chose it.</param>
internal sealed record CatalogReference(FormVersion Version, double? Score = null)
{
    /// <summary>The value of the <c>form</c> field that asks for no comparison at all.</summary>
    public const string None = "none";

    /// <summary>Reads <c>authority/form</c> or <c>authority/form@version</c>; unknown ones get the forms API's 404 with suggestions.</summary>
    public static (CatalogReference? Reference, ProblemHttpResult? NotFound) Resolve(FormCatalog catalog, string id)
    {
        var (version, notFound) = FormReference.Parse(id) is { } reference
            ? FormLookup.Resolve(catalog, reference.Authority, reference.Form, reference.Version)
            : (null, FormLookup.UnknownForm(catalog.Current, id.Trim()));
        return version is null ? (null, notFound) : (new CatalogReference(version), null);
    }

    /// <summary>The catalog version the template is a copy of, recognised by its fixed text, or null.</summary>
    public static CatalogReference? Recognize(FormCatalog catalog, byte[] template)
    {
        FilledDocument document;
        try
        {
            document = FilledDocument.Read(template);
        }
        catch (UnreadableDocumentException)
        {
            return null;
        }
        return FormExtractor.Recognize(catalog.Current, document).FirstOrDefault() is { Score: >= FormExtractor.RecognitionThreshold } best
            ? new CatalogReference(best.Form, best.Score)
            : null;
    }
}
