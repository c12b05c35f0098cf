using System.Globalization;
using System.Text;
using System.Text.Json;
using DocGen.Validation.Walking;

namespace DocGen.Validation.Text;

/// <summary>The Chinese sentences of data errors, in the wording the notices themselves use.</summary>
internal static class Messages
{
    private const int MaxListedChoices = 20;

    public static string Required(string label) => $"{label}为必填项";

    public static string RequiredBecause(string label, string triggerLabel) => $"{label}为必填项（已填写{triggerLabel}）";

    public static string NotAllowed(string label) => $"{label}不应填写";

    public static string Unknown(string name) => $"未知字段“{name}”";

    public static string MaxLength(string label, int limit, int actual) => $"{label}限{limit}字以内（当前{actual}字）";

    public static string MinLength(string label, int limit, int actual) => $"{label}不少于{limit}字（当前{actual}字）";

    public static string MinItems(string label, int limit, int actual, string unit) => $"{label}至少{limit}{unit}（当前{actual}{unit}）";

    public static string MaxItems(string label, int limit, int actual, string unit) => $"{label}最多{limit}{unit}（当前{actual}{unit}）";

    public static string Duplicate(string label, int index, int earlier, string unit) =>
        $"{label}第{index + 1}{unit}与第{earlier + 1}{unit}重复";

    public static string Minimum(string label, JsonElement limit) => $"{label}不能小于{limit.GetRawText()}";

    public static string Maximum(string label, JsonElement limit) => $"{label}不能大于{limit.GetRawText()}";

    public static string ExclusiveMinimum(string label, JsonElement limit) => $"{label}应大于{limit.GetRawText()}";

    public static string ExclusiveMaximum(string label, JsonElement limit) => $"{label}应小于{limit.GetRawText()}";

    public static string Pattern(string label) => $"{label}格式不正确";

    public static string PatternTooSlow(string label) => $"{label}内容过长，无法校验格式";

    public static string TooDeep(string label) => $"{label}嵌套层级过深";

    public static string TooLarge => "数据过大，未能全部校验";

    public static string PatternsTooSlow(TimeSpan limit) => $"格式校验（pattern）总耗时超过上限（{limit.TotalSeconds:0.#} 秒），其余内容未校验；请缩短文字或检查 schema 中的正则表达式";

    public static string Const(string label, JsonElement expected, JsonElement actual) =>
        $"{label}应为“{JsonValues.Display(expected)}”（当前“{JsonValues.Display(actual)}”）";

    public static string Contains(string label, JsonElement containsSchema, string unit) =>
        containsSchema.ValueKind == JsonValueKind.Object && containsSchema.TryGetProperty("const", out var wanted)
            ? $"{label}应包含“{JsonValues.Display(wanted)}”"
            : $"{label}中至少应有一{unit}符合要求";

    public static string Enum(string label, JsonElement choices, JsonElement actual)
    {
        var builder = new StringBuilder(label).Append("应为以下之一：");
        var index = 0;
        foreach (var choice in choices.EnumerateArray())
        {
            if (index == MaxListedChoices)
            {
                builder.Append("…（共").Append(choices.GetArrayLength()).Append("项）");
                break;
            }

            if (index > 0)
            {
                builder.Append('、');
            }

            builder.Append(Circled(index + 1)).Append(JsonValues.Display(choice));
            index++;
        }

        return builder.Append("（当前“").Append(JsonValues.Display(actual)).Append("”）").ToString();
    }

    /// <summary>The type names as an applicant reads them; null is left out unless it is the only choice.</summary>
    public static string Type(string label, IReadOnlyList<string> types)
    {
        var words = types.Where(t => t != "null" || types.Count == 1).Select(TypeWord).Distinct();
        return $"{label}应为{string.Join("或", words)}";
    }

    private static string TypeWord(string type) => type switch
    {
        "string" => "文字",
        "number" => "数字",
        "integer" => "整数",
        "boolean" => "是或否",
        "array" => "列表",
        "object" => "对象",
        _ => "空",
    };

    private static string Circled(int n) => n switch
    {
        <= 20 => char.ConvertFromUtf32(0x2460 + n - 1),
        <= 35 => char.ConvertFromUtf32(0x3251 + n - 21),
        <= 50 => char.ConvertFromUtf32(0x32B1 + n - 36),
        _ => $"({n.ToString(CultureInfo.InvariantCulture)})",
    };
}
