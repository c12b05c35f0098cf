using DocGen.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocGen.Api.Templates;

/// <summary>The files of one template check, read into memory (the request is the only place they live).</summary>
internal sealed record CheckUpload(string TemplateName, byte[] Template, string? SchemaName, string? Schema, string? SampleName, byte[]? Sample)
{
    public ProblemHttpResult? Error { get; private init; }

    public static async Task<CheckUpload> ReadAsync(IFormCollection form, CancellationToken cancellationToken)
    {
        var template = form.Files.GetFile("template");
        if (template is null || template.Length == 0)
            return Failed(Problem.Create(ProblemTypes.NoTemplate, "请上传 template（Word 模板 .docx）"));
        var schema = form.Files.GetFile("schema");
        var sample = form.Files.GetFile("sample");
        var schemaText = schema is { Length: > 0 } ? System.Text.Encoding.UTF8.GetString(await BytesAsync(schema, cancellationToken)) : null;
        return new CheckUpload(
            template.FileName, await BytesAsync(template, cancellationToken),
            schemaText is null ? null : schema!.FileName, schemaText,
            sample is { Length: > 0 } ? sample.FileName : null, sample is { Length: > 0 } ? await BytesAsync(sample, cancellationToken) : null);
    }

    private static CheckUpload Failed(ProblemHttpResult error) => new("", [], null, null, null, null) { Error = error };

    private static async Task<byte[]> BytesAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
