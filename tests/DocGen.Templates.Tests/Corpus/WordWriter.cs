using System.Text;

namespace DocGen.Templates.Tests.Corpus;

/// <summary>
/// Writes WordprocessingML the way each editor writes what an official typed: Word splits text into runs at
/// every edit session (rsids), wraps words it does not know in proofing marks and numbers paragraphs with w14
/// ids; WPS splits runs where the script changes and marks East Asian runs with a font hint; LibreOffice writes
/// plainer runs. Tags typed into such a document arrive split in those places.
/// </summary>
internal sealed class WordWriter(WordFlavour flavour)
{
    private static readonly string[] Rsids = ["00C21B8E", "000F2A11", "00D53F02"];
    private int _paragraphs;

    public WordFlavour Flavour => flavour;

    private bool WritesIds => flavour is WordFlavour.Word or WordFlavour.WordWeb;

    /// <summary>A paragraph with the editor's attributes; <paramref name="properties"/> is the inner XML of w:pPr.</summary>
    public string P(string properties, params string[] content)
    {
        var n = ++_paragraphs;
        var attributes = WritesIds ? $" w14:paraId=\"{0x1A2B0000 + n:X8}\" w14:textId=\"77777777\" w:rsidR=\"{Rsids[n % 3]}\" w:rsidRDefault=\"{Rsids[(n + 1) % 3]}\"" : "";
        var pPr = properties.Length > 0 ? $"<w:pPr>{properties}</w:pPr>" : "";
        return $"<w:p{attributes}>{pPr}{string.Concat(content)}</w:p>";
    }

    /// <summary>A paragraph of typed text, split as the editor splits it.</summary>
    public string Typed(string text, string properties = "") => P(properties, Runs(text));

    /// <summary>Runs for typed text: Word cuts at the tag braces, dots and spaces and marks identifiers as misspelled.</summary>
    public string Runs(string text, string runProperties = "")
    {
        var sb = new StringBuilder();
        var pieces = Pieces(text);
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            var word = piece.Trim(' ', '.');
            var misspelled = WritesIds && word.Length > 1 && word.All(c => char.IsAsciiLetter(c) || c == '_');
            if (misspelled) sb.Append("<w:proofErr w:type=\"spellStart\"/>");
            sb.Append(Run(piece, runProperties + Hint(piece), i));
            if (misspelled) sb.Append("<w:proofErr w:type=\"spellEnd\"/>");
        }
        return sb.ToString();
    }

    private string Hint(string piece) => flavour == WordFlavour.Wps && piece.Any(c => c > 0x2E80) ? "<w:rFonts w:hint=\"eastAsia\"/>" : "";

    private List<string> Pieces(string text)
    {
        var pieces = new List<string>();
        var current = new StringBuilder();
        void Cut()
        {
            if (current.Length > 0) pieces.Add(current.ToString());
            current.Clear();
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var cutBefore = flavour switch
            {
                WordFlavour.LibreOffice => c == '{' && i + 1 < text.Length && text[i + 1] == '{',
                WordFlavour.Wps => i > 0 && (c > 0x2E80) != (text[i - 1] > 0x2E80),
                _ => c is '.' or ' ' or '}' && (i == 0 || text[i - 1] != '}') || (i > 1 && text[i - 1] == '{' && text[i - 2] == '{'),
            };
            if (cutBefore) Cut();
            current.Append(c);
        }
        Cut();
        return pieces;
    }

    public string Run(string text, string runProperties = "", int session = 0)
    {
        var rsid = WritesIds ? $" w:rsidR=\"{Rsids[session % 3]}\"" : "";
        var rPr = runProperties.Length > 0 ? $"<w:rPr>{runProperties}</w:rPr>" : "";
        return $"<w:r{rsid}>{rPr}<w:t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(text)}</w:t></w:r>";
    }

    public static string PageBreak => "<w:r><w:br w:type=\"page\"/></w:r>";

    public static string ColumnBreak => "<w:r><w:br w:type=\"column\"/></w:r>";

    /// <summary>Word's bookmark for "return to the last edit", left wherever the cursor was when the file was saved.</summary>
    public static string GoBack(int id) => $"<w:bookmarkStart w:id=\"{id}\" w:name=\"_GoBack\"/><w:bookmarkEnd w:id=\"{id}\"/>";

    public static string Bookmark(int id, string name, string inner) => $"<w:bookmarkStart w:id=\"{id}\" w:name=\"{name}\"/>{inner}<w:bookmarkEnd w:id=\"{id}\"/>";

    public static string Picture(int id, string relationship) =>
        $"<w:r><w:rPr><w:noProof/></w:rPr><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" wp14:anchorId=\"{0x3C000000 + id:X8}\" wp14:editId=\"{0x4D000000 + id:X8}\">" +
        "<wp:extent cx=\"360000\" cy=\"360000\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>" +
        $"<wp:docPr id=\"{id}\" name=\"图片 {id}\"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>" +
        "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic>" +
        $"<pic:nvPicPr><pic:cNvPr id=\"{id}\" name=\"图片 {id}\"/><pic:cNvPicPr/></pic:nvPicPr>" +
        $"<pic:blipFill><a:blip r:embed=\"{relationship}\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>" +
        "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"360000\" cy=\"360000\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>" +
        "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>";

    /// <summary>A text box as Word 2010+ writes it: a DrawingML shape, and the same content as VML for older readers.</summary>
    public static string TextBox(int id, string paragraphs) =>
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>" +
        "<wp:anchor distT=\"45720\" distB=\"45720\" distL=\"114300\" distR=\"114300\" simplePos=\"0\" relativeHeight=\"251659264\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\">" +
        "<wp:simplePos x=\"0\" y=\"0\"/><wp:positionH relativeFrom=\"column\"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV>" +
        "<wp:extent cx=\"2743200\" cy=\"914400\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:wrapSquare wrapText=\"bothSides\"/>" +
        $"<wp:docPr id=\"{id}\" name=\"文本框 {id}\"/><wp:cNvGraphicFramePr/>" +
        "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:cNvSpPr txBox=\"1\"/>" +
        "<wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"2743200\" cy=\"914400\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></wps:spPr>" +
        $"<wps:txbx><w:txbxContent>{paragraphs}</w:txbxContent></wps:txbx>" +
        "<wps:bodyPr rot=\"0\" vert=\"horz\" wrap=\"square\" lIns=\"91440\" tIns=\"45720\" rIns=\"91440\" bIns=\"45720\" anchor=\"t\" anchorCtr=\"0\"><a:noAutofit/></wps:bodyPr>" +
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>" +
        $"<mc:Fallback><w:pict><v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>" +
        $"<v:shape id=\"文本框 {id}\" o:spid=\"_x0000_s{1025 + id}\" type=\"#_x0000_t202\" style=\"position:absolute;margin-left:0;margin-top:0;width:3in;height:1in;z-index:251659264\">" +
        $"<v:textbox><w:txbxContent>{paragraphs}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>";

    /// <summary>A plain-text content control around runs, as Word's Developer tab inserts it.</summary>
    public static string InlineControl(int id, string tag, string runs) =>
        $"<w:sdt><w:sdtPr><w:alias w:val=\"{tag}\"/><w:tag w:val=\"{tag}\"/><w:id w:val=\"{id}\"/><w:text/></w:sdtPr><w:sdtContent>{runs}</w:sdtContent></w:sdt>";

    /// <summary>A rich-text content control around paragraphs or rows.</summary>
    public static string BlockControl(int id, string tag, string content) =>
        $"<w:sdt><w:sdtPr><w:alias w:val=\"{tag}\"/><w:tag w:val=\"{tag}\"/><w:id w:val=\"{id}\"/></w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>";

    /// <summary>A complex field (<c>PAGE</c>, <c>NUMPAGES</c>, <c>TOC \o "1-3"</c>) with its last result.</summary>
    public static string Field(string instruction, string result) =>
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>" +
        $"<w:r><w:instrText xml:space=\"preserve\"> {System.Security.SecurityElement.Escape(instruction)} </w:instrText></w:r>" +
        "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" +
        $"<w:r><w:t>{result}</w:t></w:r>" +
        "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";

    public static string SimpleField(string instruction, string result) =>
        $"<w:fldSimple w:instr=\" {instruction} \"><w:r><w:t>{result}</w:t></w:r></w:fldSimple>";

    public static string Table(int[] widths, params string[] rows) =>
        "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/></w:tblBorders><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr>" +
        "<w:tblGrid>" + string.Concat(widths.Select(w => $"<w:gridCol w:w=\"{w}\"/>")) + "</w:tblGrid>" + string.Concat(rows) + "</w:tbl>";

    public string Row(params string[] cells)
    {
        var n = ++_paragraphs;
        var attributes = WritesIds ? $" w:rsidR=\"{Rsids[n % 3]}\" w14:paraId=\"{0x2B3C0000 + n:X8}\" w14:textId=\"77777777\"" : "";
        return $"<w:tr{attributes}>{string.Concat(cells)}</w:tr>";
    }

    public static string Cell(int width, params string[] paragraphs) =>
        $"<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/></w:tcPr>{string.Concat(paragraphs)}</w:tc>";

    /// <summary>Section properties (A4), with header and footer references by relationship id.</summary>
    public static string Section(string? header = null, string? footer = null, bool landscape = false) =>
        "<w:sectPr>" +
        (header is null ? "" : $"<w:headerReference w:type=\"default\" r:id=\"{header}\"/>") +
        (footer is null ? "" : $"<w:footerReference w:type=\"default\" r:id=\"{footer}\"/>") +
        (landscape ? "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>" : "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>") +
        "<w:pgMar w:top=\"1440\" w:right=\"1800\" w:bottom=\"1440\" w:left=\"1800\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/><w:cols w:space=\"425\"/><w:docGrid w:type=\"lines\" w:linePitch=\"312\"/></w:sectPr>";
}
