using System.IO.Compression;
using System.Text;

namespace DocGen.Api.Tests.Support;

/// <summary>A throw-away templates folder with one small form in two versions, so API behaviour is tested apart from the real forms.</summary>
internal sealed class DemoCatalog : IDisposable
{
    public DemoCatalog()
    {
        Root = Path.Combine(Path.GetTempPath(), "docgen-api-" + Guid.NewGuid().ToString("N"));
        WriteVersion("2024", "企业简介");
        WriteVersion("2025", "单位简介");
    }

    public string Root { get; }

    public const string Schema = """
    {
      "type": "object",
      "additionalProperties": false,
      "required": ["name", "uscc"],
      "properties": {
        "name": { "type": "string", "title": "企业名称", "maxLength": 50 },
        "uscc": { "type": "string", "title": "统一社会信用代码", "format": "uscc" },
        "intro": { "type": "string", "title": "企业简介", "maxLength": 300, "description": "限300字以内" },
        "nature": { "type": "string", "title": "单位性质", "enum": ["国有", "民营"] },
        "photo": { "title": "厂区照片", "format": "image" }
      }
    }
    """;

    public void WriteVersion(string version, string label, string? templateBody = null)
    {
        var dir = Path.Combine(Root, "demo", "case-form", version);
        Directory.CreateDirectory(Path.Combine(dir, "samples"));
        File.WriteAllText(Path.Combine(dir, "form.yaml"), $"""
            title: 演示表（{version}）
            authority: demo
            authorityName: 演示厅
            notice:
              title: 演示通知
              number: 演〔{version}〕1号
              date: {version}-01-01
            attachment: 附件1
            provenance: reconstructed
            basis: 用于接口测试的演示表
            confidence: national-copy
            consulted:
              - title: 演示表（格式）
                address: https://example.org/demo-form
                year: 2018
                took: 基本信息表
            fileName: "{'{'}{'{'} name {'}'}{'}'}演示表"
            constants:
              year: {version}
            """);
        File.WriteAllText(Path.Combine(dir, "schema.json"), Schema);
        File.WriteAllText(Path.Combine(dir, "samples", "full.json"), """{"name":"郑州绿源机械有限公司","uscc":"91110000600037341L","intro":"主要生产节能电机。","nature":"民营"}""");
        File.WriteAllBytes(Path.Combine(dir, "template.docx"), Docx(templateBody ??
            P("{{ form.year }}年 企业名称：{{ name }}") + P("代码：{{ uscc }}") + P($"{label}：{{{{ intro }}}}") + P("{{ nature | check \"国有\" }}国有 {{ nature | check \"民营\" }}民营") + P("照片：{{ photo | image 3 }}")));
    }

    public static string P(string text) => $"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";

    public static byte[] Docx(string body)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Add(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            Add(zip, "word/document.xml", $"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}<w:sectPr/></w:body></w:document>""");
            Add(zip, "word/_rels/document.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>""");
        }
        return stream.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var entry = zip.CreateEntry(name).Open();
        entry.Write(Encoding.UTF8.GetBytes(content));
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
