namespace DocGen.Api.Contract;

internal static class ContractMediaTypes
{
    public const string Json = "application/json";
    public const string Problem = "application/problem+json";
    public const string JsonLines = "application/x-ndjson";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Pdf = "application/pdf";
    public const string Zip = "application/zip";
    public const string Multipart = "multipart/form-data";
    public const string JsonSchema = "application/schema+json";
}
