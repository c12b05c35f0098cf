namespace DocGen.Api.Contract;

/// <summary>The groups the OpenAPI document sorts operations into; every tag an endpoint uses needs a description here.</summary>
internal static class ContractTags
{
    public const string Forms = "forms";
    public const string Catalog = "catalog";
    public const string Extraction = "extraction";
    public const string Templates = "templates";
    public const string Health = "health";

    public static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>
    {
        [Forms] = "表单：目录、JSON Schema、示例、空白表单、按数据填写（DOCX/PDF）、校验与批量填写",
        [Catalog] = "模板目录的状态：加载失败、未提供服务的模板版本",
        [Extraction] = "从填好的 Word 表单读回表单数据（按表单或自动识别）",
        [Templates] = "供主管部门检查候选模板（不保存任何内容）",
        [Health] = "供编排系统探测的存活与就绪状态（不限流，无需密钥）",
    };
}
