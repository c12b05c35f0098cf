namespace DocGen.Templates.Diagnostics;

/// <summary>
/// What each diagnostic code means, in the words of the officials who publish templates: the Chinese heading a
/// report shows above the engine's own detail.
/// </summary>
public static class DiagnosticTitles
{
    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        [DiagnosticCodes.UnclosedTag] = "标签缺少结尾的 }}",
        [DiagnosticCodes.StrayClose] = "多余的 }}（没有对应的 {{）",
        [DiagnosticCodes.BadTag] = "标签无法识别（路径、文字或关键字有误）",
        [DiagnosticCodes.BadFilter] = "未知的过滤器，或过滤器参数不对",
        [DiagnosticCodes.UnopenedBlock] = "end 或 else 没有对应的 for/if",
        [DiagnosticCodes.UnclosedBlock] = "for 或 if 没有用 end 结束",
        [DiagnosticCodes.BadRange] = "块的开始和结束所在位置无法构成范围（如一个在表格内、一个在正文）",
        [DiagnosticCodes.MisplacedTag] = "image 或 paragraphs 标签放在了不能放的位置（如页眉）",
        [DiagnosticCodes.BadPackage] = "文件不是可读取的 DOCX",
        [DiagnosticCodes.TooComplex] = "模板过于复杂（嵌套或标签过多）",
        [DiagnosticCodes.OverBudget] = "生成超出时间或篇幅限制",
        [DiagnosticCodes.ExternalReference] = "模板引用了文件以外的内容（链接的图片或对象、子文档、外部模板、导入的 HTML/RTF、取数的域）",
        [DiagnosticCodes.UnknownField] = "标签引用了数据结构中没有的字段",
        [DiagnosticCodes.LoopOverNonArray] = "for 循环的字段不是数组",
        [DiagnosticCodes.CheckValueOutsideEnum] = "勾选值不在该字段的选项中",
        [DiagnosticCodes.UnusedField] = "数据结构中的字段没有被任何标签使用（数据不会出现在文档中）",
        [DiagnosticCodes.FilterTypeMismatch] = "过滤器与字段类型不符（如对数字使用 image）",
        [DiagnosticCodes.BadManifest] = "form.yaml 有误",
        [DiagnosticCodes.BadSchema] = "数据结构（schema.json）有误",
        [DiagnosticCodes.BadSample] = "示例数据不符合数据结构",
        [DiagnosticCodes.BadImage] = "图片无法嵌入",
    };

    /// <summary>The Chinese title of a code; codes without one are named as template problems with their code.</summary>
    public static string Of(string code) => Titles.TryGetValue(code, out var title) ? title : $"模板问题（{code}）";
}
