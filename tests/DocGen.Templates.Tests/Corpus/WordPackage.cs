using System.IO.Compression;
using System.Text;

namespace DocGen.Templates.Tests.Corpus;

/// <summary>
/// Writes a DOCX package the way a given editor writes one: its part names, relationship ids and targets,
/// namespace declarations, settings and properties parts. Body, headers, notes and comments are given as XML.
/// </summary>
internal sealed class WordPackage(WordFlavour flavour)
{
    public const string Namespaces =
        "xmlns:wpc=\"http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas\" " +
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
        "xmlns:o=\"urn:schemas-microsoft-com:office:office\" " +
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" " +
        "xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\" " +
        "xmlns:v=\"urn:schemas-microsoft-com:vml\" " +
        "xmlns:wp14=\"http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing\" " +
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" " +
        "xmlns:w10=\"urn:schemas-microsoft-com:office:word\" " +
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" " +
        "xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\" " +
        "xmlns:wpg=\"http://schemas.microsoft.com/office/word/2010/wordprocessingGroup\" " +
        "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" " +
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
        "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\" " +
        "mc:Ignorable=\"w14 w15 wp14\"";

    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string Wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    /// <summary>A 1×1 PNG, the picture Word embeds in corpus templates.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private readonly List<(string Kind, string Xml)> _related = [];

    public string Body { get; set; } = "";

    public bool WithPicture { get; set; }

    public string MainPart => flavour == WordFlavour.WordWeb ? "word/document2.xml" : "word/document.xml";

    /// <summary>The relationship id a picture's <c>r:embed</c> must use.</summary>
    public string PictureRelationship => flavour == WordFlavour.WordWeb ? "R6f1c0e2b9d3a4c57" : "rId90";

    /// <summary>Adds a header, footer, footnotes, endnotes or comments part; returns the relationship id a sectPr refers to.</summary>
    public string Add(string kind, string xml)
    {
        _related.Add((kind, xml));
        return RelationshipId(_related.Count);
    }

    private string RelationshipId(int index) => flavour == WordFlavour.WordWeb ? $"R{index * 7919 + 4096:x}c{index}a" : $"rId{index + 10}";

    private string PartName(string kind, int index) => (flavour, kind) switch
    {
        (WordFlavour.LibreOffice, "header" or "footer") => $"word/{kind}{index + 1}.xml",
        (_, "header" or "footer") => $"word/{kind}{index}.xml",
        _ => $"word/{kind}.xml",
    };

    public byte[] Build()
    {
        var parts = new List<(string Name, string ContentType, string Xml)>();
        var relationships = new StringBuilder();
        var counts = new Dictionary<string, int>();
        for (var i = 0; i < _related.Count; i++)
        {
            var (kind, xml) = _related[i];
            counts[kind] = counts.GetValueOrDefault(kind) + 1;
            var name = PartName(kind, counts[kind]);
            parts.Add((name, Wml + kind + "+xml", Xml(xml)));
            relationships.Append(Relationship(RelationshipId(i + 1), Rel + kind, Target(name)));
        }
        relationships.Append(Relationship(flavour == WordFlavour.WordWeb ? "Rb2a64e07c3f14d9e" : "rId1", Rel + "styles", Target("word/styles.xml")));
        relationships.Append(Relationship(flavour == WordFlavour.WordWeb ? "R0c8a1d4e2b7f4a12" : "rId2", Rel + "settings", Target("word/settings.xml")));
        relationships.Append(Relationship(flavour == WordFlavour.WordWeb ? "R93d1a0f2c6e84b55" : "rId3", Rel + "fontTable", Target("word/fontTable.xml")));
        if (WithPicture) relationships.Append(Relationship(PictureRelationship, Rel + "image", Target("word/media/image1.png")));

        var document = $"<w:document {Namespaces}><w:body>{Body}</w:body></w:document>";
        parts.Insert(0, (MainPart, Wml + "document.main+xml", Xml(document)));
        parts.Add(("word/styles.xml", Wml + "styles+xml", Xml(Styles)));
        parts.Add(("word/settings.xml", Wml + "settings+xml", Xml(Settings)));
        parts.Add(("word/fontTable.xml", Wml + "fontTable+xml", Xml(FontTable)));
        parts.Add(("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml", Xml(App)));
        if (flavour == WordFlavour.Wps) parts.Add(("docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml", Xml(WpsCustom)));

        var root = new StringBuilder();
        root.Append(Relationship("rId1", Rel + "officeDocument", flavour == WordFlavour.WordWeb ? "/" + MainPart : MainPart));
        root.Append(Relationship("rId2", Rel + "extended-properties", "docProps/app.xml"));
        if (flavour == WordFlavour.Wps) root.Append(Relationship("rId3", Rel + "custom-properties", "docProps/custom.xml"));

        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var types = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .Append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .Append("<Default Extension=\"xml\" ContentType=\"application/xml\"/><Default Extension=\"png\" ContentType=\"image/png\"/>");
            foreach (var part in parts) types.Append($"<Override PartName=\"/{part.Name}\" ContentType=\"{part.ContentType}\"/>");
            Write(zip, "[Content_Types].xml", Xml(types.Append("</Types>").ToString()));
            Write(zip, "_rels/.rels", Relationships(root.ToString()));
            foreach (var part in parts) Write(zip, part.Name, part.Xml);
            Write(zip, MainPart[..MainPart.LastIndexOf('/')] + "/_rels/" + MainPart[(MainPart.LastIndexOf('/') + 1)..] + ".rels", Relationships(relationships.ToString()));
            if (WithPicture)
            {
                using var png = zip.CreateEntry("word/media/image1.png").Open();
                png.Write(Png);
            }
        }
        return stream.ToArray();
    }

    private static string Relationship(string id, string type, string target) => $"<Relationship Id=\"{id}\" Type=\"{type}\" Target=\"{target}\"/>";

    // Word for the web writes absolute targets; the others write them relative to the main part's folder.
    private string Target(string partName) => flavour == WordFlavour.WordWeb ? "/" + partName : partName["word/".Length..];

    private static string Relationships(string inner) =>
        Xml($"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">{inner}</Relationships>");

    private static string Xml(string inner) => "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n" + inner;

    private static void Write(ZipArchive zip, string name, string content)
    {
        using var entry = zip.CreateEntry(name).Open();
        entry.Write(Encoding.UTF8.GetBytes(content));
    }

    private string Styles =>
        $"<w:styles {Namespaces}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:eastAsia=\"宋体\" w:hAnsi=\"Times New Roman\"/><w:kern w:val=\"2\"/><w:sz w:val=\"21\"/><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>" +
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"a\"><w:name w:val=\"Normal\"/><w:qFormat/><w:pPr><w:widowControl w:val=\"0\"/><w:jc w:val=\"both\"/></w:pPr></w:style>" +
        "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"a\"/><w:next w:val=\"a\"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"32\"/></w:rPr></w:style>" +
        "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"a0\"><w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>" +
        "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"a1\"><w:name w:val=\"Normal Table\"/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>" +
        "</w:styles>";

    private string Settings => flavour switch
    {
        WordFlavour.LibreOffice => $"<w:settings {Namespaces}><w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"420\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>",
        _ => $"<w:settings {Namespaces}><w:zoom w:percent=\"100\"/><w:bordersDoNotSurroundHeader/><w:proofState w:spelling=\"clean\" w:grammar=\"clean\"/><w:defaultTabStop w:val=\"420\"/><w:drawingGridVerticalSpacing w:val=\"156\"/><w:characterSpacingControl w:val=\"compressPunctuation\"/><w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat><w:rsids><w:rsidRoot w:val=\"00C21B8E\"/><w:rsid w:val=\"000F2A11\"/><w:rsid w:val=\"00C21B8E\"/><w:rsid w:val=\"00D53F02\"/></w:rsids><w:themeFontLang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/><w:decimalSymbol w:val=\".\"/><w:listSeparator w:val=\",\"/><w15:chartTrackingRefBased/><w15:docId w15:val=\"{{8E1D5C7A-6B0F-4C1E-9A52-3C1F0D7E2B44}}\"/></w:settings>",
    };

    private string FontTable => $"<w:fonts {Namespaces}><w:font w:name=\"宋体\"><w:altName w:val=\"SimSun\"/><w:panose1 w:val=\"02010600030101010101\"/><w:charset w:val=\"86\"/><w:family w:val=\"auto\"/><w:pitch w:val=\"variable\"/></w:font><w:font w:name=\"Times New Roman\"><w:panose1 w:val=\"02020603050405020304\"/><w:charset w:val=\"00\"/><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font></w:fonts>";

    private string App => "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\"><Template>Normal.dotm</Template><Application>" + flavour switch
    {
        WordFlavour.LibreOffice => "LibreOffice/7.5.9.2$Linux_X86_64 LibreOffice_project/50$Build-2",
        WordFlavour.Wps => "WPS Office_12.1.0.17827_F1E327BC-269C-435d-A152-05C5408002CA",
        _ => "Microsoft Office Word",
    } + "</Application><DocSecurity>0</DocSecurity><Lines>1</Lines><Paragraphs>1</Paragraphs></Properties>";

    private const string WpsCustom = "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\"><property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" name=\"KSOProductBuildVer\"><vt:lpwstr>2052-12.1.0.17827</vt:lpwstr></property><property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"3\" name=\"ICV\"><vt:lpwstr>6A4B1C2D3E4F5A6B7C8D9E0F1A2B3C4D_13</vt:lpwstr></property></Properties>";
}
