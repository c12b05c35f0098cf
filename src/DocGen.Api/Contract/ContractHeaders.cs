namespace DocGen.Api.Contract;

/// <summary>The response headers the contract names, with what they carry.</summary>
internal static class ContractHeaders
{
    public const string ContentDisposition = "Content-Disposition";
    public const string ETag = "ETag";
    public const string LastModified = "Last-Modified";
    public const string RetryAfter = "Retry-After";
    public const string WwwAuthenticate = "WWW-Authenticate";
    public const string FontSubstitutions = "X-DocGen-Font-Substitutions";

    public static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>
    {
        [ContentDisposition] = "attachment; filename=ASCII 备用名; filename*=UTF-8''中文文件名（RFC 6266/5987）",
        [ETag] = "空白表单的实体标签；带 If-None-Match 再次请求时未变化则返回 304",
        [LastModified] = "空白表单生成的时间；带 If-Modified-Since 再次请求时未变化则返回 304",
        [RetryAfter] = "建议重试前等待的秒数",
        [WwwAuthenticate] = "ApiKey header=\"X-Api-Key\"",
        [FontSubstitutions] = "PDF：LibreOffice 替换的字体（URL 编码，“请求字体=替代字体”以分号分隔）；无替换时不出现",
    };
}
