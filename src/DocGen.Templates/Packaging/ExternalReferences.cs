using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using DocGen.Templates.Diagnostics;
using DocGen.Templates.Parsing;

namespace DocGen.Templates.Packaging;

/// <summary>
/// Finds what in a package points outside it: relationships with <c>TargetMode="External"</c> (linked pictures,
/// OLE links, subdocuments, attached templates, frames, mail-merge sources), alternative-format chunks, field codes
/// that fetch (INCLUDEPICTURE, INCLUDETEXT, LINK, DDE, IMPORT), hyperlinks to local files and VML picture links.
/// LibreOffice would fetch or embed each of them while converting, from the server's network and disk, so a
/// template holding one is refused. Hyperlinks to web and mail addresses are only written into the PDF and stay.
/// </summary>
internal static partial class ExternalReferences
{
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string Vml = "urn:schemas-microsoft-com:vml";
    private const string Office = "urn:schemas-microsoft-com:office:office";
    private const string WordMain = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 100_000_000 };

    public static IEnumerable<Diagnostic> Find(DocxPackage package)
    {
        var problems = new List<Diagnostic>();
        foreach (var (name, bytes) in package.Parts)
        {
            try
            {
                if (name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)) CheckRelationships(name, bytes, problems);
                else if (name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)) CheckContent(name, bytes, problems);
            }
            catch (XmlException)
            {
                // A part that does not parse is reported where it is used; one nobody reads points nowhere.
            }
        }
        return problems;
    }

    private static void CheckRelationships(string part, byte[] bytes, List<Diagnostic> problems)
    {
        using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), Settings);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship" || reader.NamespaceURI != Relationships) continue;
            var type = reader.GetAttribute("Type") ?? "";
            var target = reader.GetAttribute("Target") ?? "";
            var kind = type[(type.LastIndexOf('/') + 1)..];
            var external = string.Equals(reader.GetAttribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase);
            if (kind == "aFChunk")
                problems.Add(Refused(part, $"an alternative-format chunk (altChunk, {target}) is imported by converters as another document; paste its content instead"));
            else if (external && !(kind == "hyperlink" && IsWebOrMail(target)))
                problems.Add(Refused(part, $"an external {kind} relationship points to \"{Shorten(target)}\"; a template may hold only what is in its package (pictures must be embedded, not linked)"));
        }
    }

    private static void CheckContent(string part, byte[] bytes, List<Diagnostic> problems)
    {
        using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), Settings);
        var instructions = new StringBuilder();
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element) continue;
            if (reader.NamespaceURI == WordMain && reader.LocalName == "instrText")
            {
                instructions.Append(reader.ReadElementContentAsString());
                continue;
            }
            if (reader.NamespaceURI == WordMain && reader.LocalName == "fldSimple")
                instructions.Append(' ').Append(reader.GetAttribute("instr", WordMain)).Append(' ');
            if (reader.NamespaceURI is Vml or Office && reader.HasAttributes)
            {
                while (reader.MoveToNextAttribute())
                {
                    // A picture's source or link is fetched; any other shape's href is a hyperlink like any other.
                    if (reader.Value.Contains(':', StringComparison.Ordinal) && (reader.LocalName == "src" || (reader.LocalName == "href" && !IsWebOrMail(reader.Value))))
                        problems.Add(Refused(part, $"a VML picture links to \"{Shorten(reader.Value)}\"; pictures must be embedded, not linked"));
                }
                reader.MoveToElement();
            }
        }
        var text = instructions.ToString();
        foreach (Match field in FetchingField().Matches(text))
            problems.Add(Refused(part, $"the field {field.Groups[1].Value.ToUpperInvariant()} makes a converter read another file or address; fields may not fetch"));
        foreach (Match link in FileHyperlink().Matches(text))
            problems.Add(Refused(part, $"a HYPERLINK field points to \"{Shorten(link.Groups[1].Value)}\", outside the web"));
    }

    private static bool IsWebOrMail(string target) =>
        target.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || target.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

    private static string Shorten(string target) => target.Length <= 80 ? target : target[..80] + "…";

    private static Diagnostic Refused(string part, string message) => new(DiagnosticCodes.ExternalReference, DiagnosticSeverity.Error, part, message);

    [GeneratedRegex(@"\b(INCLUDEPICTURE|INCLUDETEXT|INCLUDE|LINK|DDEAUTO|DDE|IMPORT|DATABASE)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FetchingField();

    [GeneratedRegex(@"\bHYPERLINK\s+""?(?!https?://|mailto:|#|\\)([^""\s]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FileHyperlink();
}
