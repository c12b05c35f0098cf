using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using DocGen.Templates.Parsing;

namespace DocGen.Templates.Packaging;

/// <summary>
/// The parts of a DOCX held in memory, in their original order. Reading is bounded so that a hostile
/// upload (a zip bomb, thousands of parts) fails with a clear message instead of exhausting memory.
/// </summary>
internal sealed class DocxPackage
{
    public const int MaxParts = 1000;

    /// <summary>
    /// The largest part any form has is a 300 KB document.xml; an XML part costs about eight times its size once
    /// parsed, so a part is refused beyond this, before it is unpacked, whatever its entry header claims.
    /// </summary>
    public const long MaxPartBytes = 16L * 1024 * 1024;

    public const long MaxUncompressedBytes = 64L * 1024 * 1024;

    private DocxPackage(List<KeyValuePair<string, byte[]>> parts, string mainPart, string? mainContentType)
    {
        Parts = parts;
        MainPart = mainPart;
        MainContentType = mainContentType;
        MainRelationships = PackageRelationships.PartFor(mainPart);
        TemplateParts = [mainPart, .. PackageRelationships.Targets(Find(MainRelationships), mainPart, PackageRelationships.TemplateParts)
            .Where(name => Find(name) is not null).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    public List<KeyValuePair<string, byte[]>> Parts { get; }

    /// <summary>The main document part, wherever the package's officeDocument relationship puts it (<c>word/document2.xml</c> from Word for the web).</summary>
    public string MainPart { get; }

    /// <summary>The content type <c>[Content_Types].xml</c> declares for <see cref="MainPart"/>, or null when it declares none.</summary>
    public string? MainContentType { get; }

    /// <summary>The relationships part of <see cref="MainPart"/>.</summary>
    public string MainRelationships { get; }

    /// <summary>The parts that may hold tags: the main part, then its headers, footers, footnotes, endnotes and comments.</summary>
    public IReadOnlyList<string> TemplateParts { get; }

    public byte[]? Find(string name)
    {
        foreach (var part in Parts)
        {
            if (string.Equals(part.Key, name, StringComparison.OrdinalIgnoreCase)) return part.Value;
        }
        return null;
    }

    /// <summary>Reads a package; returns an explanation instead of throwing when the bytes are not a usable DOCX.</summary>
    public static DocxPackage? TryRead(byte[] bytes, out string? problem) => TryRead(bytes, out problem, out _);

    /// <summary>Reads a package; a refusal is explained in English (<paramref name="problem"/>) and in Chinese for the person who uploaded it (<paramref name="problemZh"/>).</summary>
    public static DocxPackage? TryRead(byte[] bytes, out string? problem, out string? problemZh)
    {
        problem = null;
        problemZh = null;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxParts)
            {
                problem = $"the package has {zip.Entries.Count} parts; at most {MaxParts} are accepted";
                problemZh = $"文件中有 {zip.Entries.Count} 个部件，最多接受 {MaxParts} 个；Word 保存的表单远少于此";
                return null;
            }
            var parts = new List<KeyValuePair<string, byte[]>>(zip.Entries.Count);
            // Part names are case-insensitive (OPC): two entries of one name would let the check read one and Word or
            // LibreOffice show the other.
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName.EndsWith('/')) continue;
                if (!names.Add(entry.FullName.Replace('\\', '/').TrimStart('/')))
                {
                    problem = $"the package holds two parts named {entry.FullName}; editors write each part once, and readers disagree on which one counts";
                    problemZh = $"文件中有两个同名部件 {entry.FullName}，检查读到的和 Word 显示的可能不是同一个；请用 Word 或 WPS 另存为 .docx 后再上传";
                    return null;
                }
                total += entry.Length;
                if (entry.Length > MaxPartBytes)
                {
                    problem = $"{entry.FullName} unpacks to more than {MaxPartBytes / (1024 * 1024)} MB";
                    problemZh = $"{entry.FullName} 解压后超过 {MaxPartBytes / (1024 * 1024)} MB；请压缩其中的图片后再上传";
                    return null;
                }
                if (total > MaxUncompressedBytes)
                {
                    problem = $"the package unpacks to more than {MaxUncompressedBytes / (1024 * 1024)} MB";
                    problemZh = $"文件解压后超过 {MaxUncompressedBytes / (1024 * 1024)} MB；请压缩其中的图片后再上传";
                    return null;
                }
                using var stream = entry.Open();
                parts.Add(new(entry.FullName, BoundedCopy.Read(stream, entry.Length)));
            }
            var mainPart = FindMainPart(parts, out var mainContentType, out problem, out problemZh);
            if (mainPart is null) return null;
            problem = RelationshipGraph.Problem(parts, out problemZh);
            if (problem is not null) return null;
            return new DocxPackage(parts, mainPart, mainContentType);
        }
        catch (XmlTooComplexException e)
        {
            problem = $"a relationships part is refused: {e.Message}";
            problemZh = e.MessageZh;
            return null;
        }
        catch (InvalidDataException e)
        {
            problem = $"the file is not a readable DOCX (zip): {e.Message}";
            problemZh = $"文件不是完整的 .docx（ZIP 结构损坏：{e.Message}）；可能是旧版 .doc、PDF、改了扩展名的文件或未下载完整的文件，请用 Word 或 WPS 另存为 .docx 后再上传";
            return null;
        }
    }

    private static string? FindMainPart(List<KeyValuePair<string, byte[]>> parts, out string? contentType, out string? problem, out string? problemZh)
    {
        byte[]? Part(string name) => parts.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
        var target = PackageRelationships.Targets(Part(PackageRelationships.RootRelationships), "", [PackageRelationships.OfficeDocument]).FirstOrDefault();
        var name = target is null ? null : parts.FirstOrDefault(p => string.Equals(p.Key, target, StringComparison.OrdinalIgnoreCase)).Key;
        contentType = null;
        problemZh = null;
        if (name is null)
        {
            problemZh = "文件是 ZIP 压缩包，但其中没有 Word 正文（document.xml），不是 Word 文档；请用 Word 或 WPS 另存为 .docx 后再上传";
            problem = target is null
                ? "the package has no main document (no officeDocument relationship in _rels/.rels): it is not a Word document"
                : $"the main document {target} named in _rels/.rels is missing: it is not a Word document";
            return null;
        }
        contentType = ContentTypeOf(Part("[Content_Types].xml"), name);
        if (contentType is not null && !contentType.Contains("wordprocessingml", StringComparison.OrdinalIgnoreCase) && !contentType.Contains("ms-word", StringComparison.OrdinalIgnoreCase))
        {
            problem = $"the main document {name} is {contentType}: it is not a Word document";
            problemZh = $"文件的正文是 {contentType}，不是 Word 文档（可能是 Excel 或 PowerPoint 文件）；请上传 Word 文档（.docx）";
            return null;
        }
        problem = null;
        return name;
    }

    private static readonly XNamespace ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";

    /// <summary>The content type [Content_Types].xml declares for a part by override, or null when it says nothing usable.</summary>
    private static string? ContentTypeOf(byte[]? contentTypes, string partName)
    {
        if (contentTypes is null) return null;
        try
        {
            return SafeXml.Load(contentTypes).Root?.Elements(ContentTypes + "Override")
                .FirstOrDefault(o => string.Equals(((string?)o.Attribute("PartName"))?.TrimStart('/'), partName, StringComparison.OrdinalIgnoreCase))
                ?.Attribute("ContentType")?.Value;
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
