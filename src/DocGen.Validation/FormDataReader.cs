using System.Security.Cryptography;
using System.Text.Json;

namespace DocGen.Validation;

/// <summary>
/// Reads the JSON a form is filled with, as every caller receives it (a request body, a batch item, a file, a sample):
/// at most <see cref="JsonErrorText.MaxDepth"/> levels deep, lone surrogates dropped, a JSON object or a problem
/// saying why not, and the SHA-256 of the bytes, which the document's properties carry.
/// </summary>
public static class FormDataReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = JsonErrorText.MaxDepth };

    public static FormDataReading Read(ReadOnlyMemory<byte> json)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(json.Span));
        JsonDocument document;
        try
        {
            document = JsonText.WithoutLoneSurrogates(JsonDocument.Parse(json, Options), json, Options);
        }
        catch (JsonException e)
        {
            return new FormDataReading(null, hash, new FormDataProblem(json.IsEmpty ? FormDataProblemKind.Empty : FormDataProblemKind.NotJson, e));
        }
        if (document.RootElement.ValueKind == JsonValueKind.Object) return new FormDataReading(document, hash, null);
        document.Dispose();
        return new FormDataReading(null, hash, new FormDataProblem(FormDataProblemKind.NotObject, null));
    }
}
