using System.Security.Cryptography;
using System.Text.Json;
using DocGen.Api.Problems;
using DocGen.Templates.Catalog;
using DocGen.Validation;

namespace DocGen.Api.Forms;

/// <summary>Validate, then render: the one path every filled or blank document takes.</summary>
internal sealed class FormRenderer
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 64 };
    private static readonly JsonElement Empty = JsonDocument.Parse("{}").RootElement.Clone();

    /// <summary>Reads the request body as JSON; the hash of its bytes goes into the document's properties.</summary>
    public static async Task<(JsonDocument? Data, string Hash, IResult? Error)> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes.Span));
        if (bytes.Length == 0) return (null, hash, Problem.MalformedJson("请求体为空：需要一个 JSON 对象"));
        try
        {
            var document = JsonDocument.Parse(bytes, ParseOptions);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                document.Dispose();
                return (null, hash, Problem.MalformedJson("请求体应为 JSON 对象（{…}）"));
            }
            return (document, hash, null);
        }
        catch (JsonException e)
        {
            var reason = e.Message.Split(" LineNumber:")[0];
            return (null, hash, Problem.MalformedJson($"第{(e.LineNumber ?? 0) + 1}行第{(e.BytePositionInLine ?? 0) + 1}个字节处：{reason}"));
        }
    }

    public static (ValidationMode Mode, IResult? Error) ParseMode(string? mode) => mode?.ToLowerInvariant() switch
    {
        null or "" or "draft" => (ValidationMode.Draft, null),
        "final" => (ValidationMode.Final, null),
        _ => (ValidationMode.Draft, Problem.BadParameter("mode", $"mode 应为 draft 或 final（当前“{mode}”）")),
    };

    /// <summary>Renders validated data to DOCX; data problems come back as the 422 answer, nothing half-made.</summary>
    public (byte[]? Document, string FileName, IResult? Error) RenderDocx(FormVersion version, JsonElement data, string hash, ValidationMode mode)
    {
        var errors = version.Schema.Validate(data, mode);
        if (errors.Count > 0) return (null, "", Problem.Invalid(errors));
        var result = version.Template.Render(data, version.RenderOptionsFor(hash));
        if (!result.Succeeded)
        {
            return (null, "", Problem.Create(422, "render-failed", "无法生成文档",
                string.Join("\n", result.Problems.Select(p => p.ToString())),
                new Dictionary<string, object?> { ["errors"] = result.Problems.Select(p => new { pointer = "", field = p.Tag, message = p.Message }).ToList() }));
        }
        return (result.Document, version.FileNameFor(data), null);
    }

    public (byte[]? Document, string FileName, IResult? Error) RenderBlank(FormVersion version) =>
        RenderDocx(version, Empty, "blank", ValidationMode.Draft);
}
