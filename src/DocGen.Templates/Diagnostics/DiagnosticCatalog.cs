using static DocGen.Templates.Diagnostics.DiagnosticSeverity;

namespace DocGen.Templates.Diagnostics;

/// <summary>
/// Every diagnostic code, defined once. Codes never move: tests, scripts and reviewers rely on them. The service
/// serves this list (<c>GET /api/diagnostics</c>) and docs/template-language.md prints it as a table.
/// </summary>
public static class DiagnosticCatalog
{
    public static readonly DiagnosticKind UnclosedTag = new("DG0101", Error,
        "标签缺少结尾的 }}",
        "A `{{` has no matching `}}` in the same paragraph.",
        "在 Word 中找到这个标签补上 }}；一个标签不能跨段落。");

    public static readonly DiagnosticKind StrayClose = new("DG0102", Warning,
        "多余的 }}（没有对应的 {{）",
        "A `}}` stands without an opening `{{`; it is printed as text.",
        "删除多余的 }}，或在前面补上 {{。");

    public static readonly DiagnosticKind BadTag = new("DG0103", Error,
        "标签无法识别（路径、文字或关键字有误）",
        "A tag does not parse as a Scriban expression (the column inside the tag is given), or uses what templates may not: an assignment, a function declaration, a keyword other than for/if/else/case/when/end.",
        "检查标签中的字段名、引号和括号；标签里只能写字段、函数和 for/if/else/case/when/end。");

    public static readonly DiagnosticKind BadFilter = new("DG0104", Error,
        "未知的函数，或函数的参数不对",
        "A function after `|` is unknown, has the wrong arguments, or is not the last one where it must be (`check`, `image`, `paragraphs`, `lines`).",
        "函数的名称和参数见模板语言说明（docs/template-language.md）。");

    public static readonly DiagnosticKind UnopenedBlock = new("DG0105", Error,
        "end 或 else 没有对应的 for/if",
        "An `end`, `else` or `when` has no open `for`, `if` or `case`.",
        "删除多余的 end/else，或补上对应的 for/if。");

    public static readonly DiagnosticKind UnclosedBlock = new("DG0106", Error,
        "for 或 if 没有用 end 结束",
        "A `for`, `if` or `case` is never closed with `{{ end }}`.",
        "在要重复或按条件显示的内容之后加上 {{ end }}。");

    public static readonly DiagnosticKind BadRange = new("DG0107", Error,
        "块的开始和结束所在位置无法构成范围（如一个在表格内、一个在正文）",
        "A block's start and end stand in places that cannot form a range: e.g. one in a table cell and the other in the body, or in two different tables.",
        "把开始标签和 {{ end }} 放在同一段落、同一处相邻的段落，或同一表格的行中。");

    public static readonly DiagnosticKind MisplacedTag = new("DG0108", Error,
        "image 或 paragraphs 标签放在了不能放的位置（如页眉）",
        "An `image` or `paragraphs` tag stands where it cannot be placed: a header, footer, note or comment, or inside a hyperlink or field.",
        "图片和分段文字只能放在正文的段落或表格单元格中。");

    public static readonly DiagnosticKind BadPackage = new("DG0109", Error,
        "文件不是可读取的 DOCX",
        "The file is not a readable Word document: no main document named by `_rels/.rels`, not WordprocessingML, or a broken ZIP or XML part.",
        "用 Word 或 WPS 打开后另存为 Word 文档（.docx）再上传。");

    public static readonly DiagnosticKind TooComplex = new("DG0110", Error,
        "模板过于复杂（嵌套或标签过多）",
        "The template is beyond a limit no form needs: XML nested more than 256 levels, `for`/`if` nested more than 32 deep, more than 2000 tags in a part, or compiling longer than 5 s.");

    public static readonly DiagnosticKind OverBudget = new("DG0111", Error,
        "生成超出时间或篇幅限制",
        "A render went over its budget: more than 64 M characters of XML and pictures, or more than 10 s (`RenderOptions`).");

    public static readonly DiagnosticKind ExternalReference = new("DG0112", Error,
        "模板引用了文件以外的内容（链接的图片或对象、子文档、外部模板、导入的 HTML/RTF、取数的域）",
        "The template points outside its package, which a converter would fetch or read from the server: a relationship with `TargetMode=\"External\"` other than a hyperlink to `http(s):`/`mailto:` (linked pictures, OLE links, subdocuments, attached templates, frames, mail-merge sources, in any part), a relationship target that is a URL or path, an `altChunk` (imported HTML/RTF), a VML picture with a `src`/`o:href`, or a field that fetches (`INCLUDEPICTURE`, `INCLUDETEXT`, `LINK`, `DDE`, `DDEAUTO`, `IMPORT`, `DATABASE`, `RD`, `HYPERLINK` to a file or share). The message names the part and the relationship or field; documents about to be converted to PDF have all of these removed.",
        "在 Word 中把链接的图片改为嵌入（插入图片时不选“链接到文件”），删除引用外部文件的域、子文档和附加模板。");

    public static readonly DiagnosticKind UnknownField = new("DG0201", Error,
        "标签引用了数据结构中没有的字段",
        "Lint: a tag uses a field the schema does not have (the nearest field is suggested), a constant form.yaml does not define, or a loop property that does not exist.",
        "按提示改正字段名；可用的字段见数据结构（schema.json）。");

    public static readonly DiagnosticKind LoopOverNonArray = new("DG0202", Error,
        "for 循环的字段不是数组",
        "Lint: `for` runs over a field that is not an array in the schema.");

    public static readonly DiagnosticKind CheckValueOutsideEnum = new("DG0203", Error,
        "勾选值不在该字段的选项中",
        "Lint: a `check` value is not one of the field's `enum` choices.",
        "勾选值要与数据结构中该字段的选项一字不差。");

    public static readonly DiagnosticKind UnusedField = new("DG0204", Warning,
        "数据结构中的字段没有被任何标签使用（数据不会出现在文档中）",
        "Lint: a schema field is used by no tag, so its data would not appear in the document.");

    public static readonly DiagnosticKind FilterTypeMismatch = new("DG0205", Error,
        "函数与字段类型不符（如对数字使用 image）",
        "Lint: a function does not fit the field's type: `image` on a field without format `image`, `check` without a value on a field that is not a boolean.");

    public static readonly DiagnosticKind UnsetConstant = new("DG0206", Warning,
        "模板使用的表单常量没有取值（未对照目录表单）",
        "Lint: a tag reads a constant (`form.…`) while the template is checked against no catalog version, so it renders empty and the preview's layout can differ from the catalog's blank form. Said once per constant.",
        "选择对照的目录表单（或让检查按固定文字识别），常量即取自该表单的 form.yaml。");

    public static readonly DiagnosticKind BadManifest = new("DG0301", Error,
        "form.yaml 有误",
        "A version's form.yaml is missing, not valid YAML, or lacks or contradicts an entry: title, authority, provenance, basis, confidence, consulted, base, source.");

    public static readonly DiagnosticKind BadSchema = new("DG0302", Error,
        "数据结构（schema.json）有误",
        "The schema is missing, not JSON, or uses a JSON Schema feature outside DocGen's subset.");

    public static readonly DiagnosticKind BadSample = new("DG0303", Error,
        "示例数据不符合数据结构",
        "A sample is missing, is not a JSON object, or does not satisfy the schema.");

    public static readonly DiagnosticKind BadImage = new("DG0401", Error,
        "图片无法嵌入",
        "An image value is not a PNG, JPEG, GIF or BMP given as base64, a `data:` URI or `{ \"data\": … }`, or is beyond the size limits.",
        "上传 PNG 或 JPEG 图片。");

    public static readonly DiagnosticKind RenderFailed = new("DG0402", Error,
        "按数据生成时标签出错",
        "A tag failed while the document was rendered with the given data: a function given a value it cannot take, arithmetic on text, a loop over more items than allowed.",
        "检查该标签和它用到的数据。");

    /// <summary>Every code, in order.</summary>
    public static IReadOnlyList<DiagnosticKind> All { get; } =
    [
        UnclosedTag, StrayClose, BadTag, BadFilter, UnopenedBlock, UnclosedBlock, BadRange, MisplacedTag, BadPackage, TooComplex,
        OverBudget, ExternalReference, UnknownField, LoopOverNonArray, CheckValueOutsideEnum, UnusedField, FilterTypeMismatch, UnsetConstant, BadManifest, BadSchema,
        BadSample, BadImage, RenderFailed,
    ];

    /// <summary>The entry of a code, or null for a code the catalog does not define.</summary>
    public static DiagnosticKind? Find(string code) => All.FirstOrDefault(kind => kind.Code == code);
}
