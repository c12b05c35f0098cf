using System.Text.Json;

namespace DocGen.Validation;

/// <summary>A JSON parse failure said plainly, with where it happened; nesting beyond the limit is named as such.</summary>
public static class JsonErrorText
{
    public const int MaxDepth = 64;

    public static string Describe(JsonException e)
    {
        var where = $"第{(e.LineNumber ?? 0) + 1}行第{(e.BytePositionInLine ?? 0) + 1}个字节处";
        if (e.Message.Contains("maximum configured depth", StringComparison.Ordinal))
            return $"{where}：JSON 嵌套超过 {MaxDepth} 层";
        return $"{where}：{e.Message.Split(" LineNumber:")[0]}";
    }
}
