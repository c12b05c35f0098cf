using System.Xml.Linq;

namespace DocGen.Templates.Parsing;

/// <summary>WordprocessingML names the engine works with, and the private names of its own intermediate markup.</summary>
internal static class WordNames
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static readonly XNamespace Private = "urn:docgen:engine";
    public static readonly XNamespace MarkupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /// <summary>The namespace of the attributes that name a relationship (<c>r:id</c>, <c>r:embed</c>).</summary>
    public static readonly XNamespace RelationshipIds = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static readonly XName Body = W + "body";
    public static readonly XName P = W + "p";
    public static readonly XName PPr = W + "pPr";
    public static readonly XName R = W + "r";
    public static readonly XName RPr = W + "rPr";
    public static readonly XName T = W + "t";
    public static readonly XName Tbl = W + "tbl";
    public static readonly XName TblGrid = W + "tblGrid";
    public static readonly XName GridCol = W + "gridCol";
    public static readonly XName Tr = W + "tr";
    public static readonly XName Tc = W + "tc";
    public static readonly XName TcPr = W + "tcPr";
    public static readonly XName TcW = W + "tcW";
    public static readonly XName GridSpan = W + "gridSpan";
    public static readonly XName SectPr = W + "sectPr";
    public static readonly XName PgSz = W + "pgSz";
    public static readonly XName PgMar = W + "pgMar";
    public static readonly XName ProofErr = W + "proofErr";
    public static readonly XName Drawing = W + "drawing";
    public static readonly XName Pict = W + "pict";
    public static readonly XName Object = W + "object";
    public static readonly XName Sym = W + "sym";
    public static readonly XName Br = W + "br";
    public static readonly XName SdtContent = W + "sdtContent";
    public static readonly XName TxbxContent = W + "txbxContent";
    public static readonly XName AlternateContent = MarkupCompatibility + "AlternateContent";
    public static readonly XName Fallback = MarkupCompatibility + "Fallback";
    public static readonly XName Val = W + "val";
    public static readonly XName WAttr = W + "w";
    public static readonly XName Left = W + "left";
    public static readonly XName Right = W + "right";

    public static readonly XName For = Private + "for";
    public static readonly XName If = Private + "if";
    public static readonly XName Case = Private + "case";
    public static readonly XName Branch = Private + "branch";
    public static readonly XName Value = Private + "value";

    public static readonly XName XmlSpace = XNamespace.Xml + "space";
}
