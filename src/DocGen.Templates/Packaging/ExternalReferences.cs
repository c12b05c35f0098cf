using System.Text;
using System.Xml.Linq;
using DocGen.Templates.Diagnostics;
using DocGen.Templates.Parsing;

namespace DocGen.Templates.Packaging;

/// <summary>
/// What in a package points outside it: relationships with <c>TargetMode="External"</c> (linked pictures, OLE links,
/// subdocuments, attached templates, frames, mail-merge sources) and relationship targets that are URLs or paths,
/// alternative-format chunks (HTML or RTF imported as another document), field codes that fetch (INCLUDEPICTURE,
/// INCLUDETEXT, LINK, DDE, IMPORT, DATABASE...) and hyperlinks to local files, VML pictures that name their source.
/// A converter fetches or embeds each of them from the server's network and disk, so a template holding one is
/// refused, and a document about to be converted has them removed (<c>PreparedDocument</c> in DocGen.Conversion, part by
/// part in its one pass over the package). Hyperlinks to web and mail addresses only become
/// links in the PDF and stay. Every part is walked, its relationships and its content, headers and notes as much as
/// the body.
/// </summary>
public static class ExternalReferences
{
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace Vml = "urn:schemas-microsoft-com:vml";
    private static readonly XNamespace Office = "urn:schemas-microsoft-com:office:office";

    // The parts whose text holds none of these have no field instruction, chunk or VML, and are not parsed.
    private static readonly byte[][] ContentMarkers = [.. new[] { "instr", "altChunk", "urn:schemas-microsoft-com:vml", "urn:schemas-microsoft-com:office:office" }.Select(Encoding.ASCII.GetBytes)];

    /// <summary>Every external reference of a template, each an error naming its part and relationship or field.</summary>
    internal static List<Diagnostic> Find(DocxPackage package)
    {
        var found = new List<Diagnostic>();
        foreach (var (name, bytes) in package.Parts)
        {
            if (!MayHold(name, bytes)) continue;
            // A part that does not parse is reported where it is used; a converter reads none of it either.
            if (SafeXml.TryLoad(bytes) is not { } document) continue;
            Scan(name, document, strip: false, (part, message) => found.Add(DiagnosticCatalog.ExternalReference.Create(part, message)));
        }
        return found;
    }

    /// <summary>
    /// Whether a part can hold an external reference: every relationship part, and the XML parts whose text has a field
    /// instruction, a chunk or VML. The others need not be parsed.
    /// </summary>
    internal static bool MayHold(string name, byte[] bytes) =>
        name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)
        || (name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && ContentMarkers.Any(m => bytes.AsSpan().IndexOf(m) >= 0));

    /// <summary>Removes the external references of a parsed part, for a converter; whether any was removed.</summary>
    internal static bool Strip(string name, XDocument part) => Scan(name, part, strip: true, (_, _) => { });

    /// <summary>Reports each external reference of one part; when stripping, removes them and tells whether it did.</summary>
    private static bool Scan(string name, XDocument document, bool strip, Action<string, string> report) =>
        name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase) ? ScanRelationships(name, document, strip, report) : ScanContent(name, document, strip, report);

    private static bool ScanRelationships(string relationshipsPart, XDocument document, bool strip, Action<string, string> report)
    {
        var source = SourceOf(relationshipsPart);
        var changed = false;
        foreach (var relationship in document.Root?.Elements(Relationships + "Relationship").ToList() ?? [])
        {
            var type = (string?)relationship.Attribute("Type") ?? "";
            var kind = type[(type.LastIndexOf('/') + 1)..];
            var target = (string?)relationship.Attribute("Target") ?? "";
            var id = (string?)relationship.Attribute("Id") ?? "?";
            var external = string.Equals((string?)relationship.Attribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase) || LooksLikeUrlOrPath(target);
            string? why = null;
            if (kind == "aFChunk")
                why = $"relationship {id} in {relationshipsPart} is an alternative-format chunk (altChunk, {Shorten(target)}) that converters import as another document; paste its content into the template instead";
            else if (kind == "hyperlink" ? LooksLikeUrlOrPath(target) && !IsWebOrMail(target) : external)
                why = $"relationship {id} ({kind}) in {relationshipsPart} points outside the package to \"{Shorten(target)}\"; a template may only use what it holds (pictures embedded, not linked; no linked objects, subdocuments or attached templates)";
            if (why is null) continue;
            report(source, why);
            if (!strip) continue;
            relationship.Remove();
            changed = true;
        }
        return changed;
    }

    private static bool ScanContent(string part, XDocument document, bool strip, Action<string, string> report)
    {
        var changed = false;
        foreach (var chunk in document.Descendants(W + "altChunk").ToList())
        {
            report(part, "an alternative-format chunk (altChunk) is imported by converters as another document; paste its content into the template instead");
            if (strip) chunk.Remove();
            changed |= strip;
        }
        foreach (var field in FieldInstructions(document))
        {
            if (Fetches(field.Instruction) is not { } why) continue;
            report(part, why);
            if (!strip) continue;
            field.Neutralise();
            changed = true;
        }
        foreach (var element in document.Descendants().Where(e => e.Name.Namespace == Vml || e.Name.Namespace == Office).ToList())
        {
            foreach (var attribute in element.Attributes().ToList())
            {
                var value = attribute.Value.Trim();
                var local = attribute.Name.LocalName;
                // A picture's source (src, o:href) is fetched whatever its scheme; a shape's plain href is a hyperlink.
                var fetched = (local == "src" || (local == "href" && attribute.Name.Namespace == Office)) && LooksLikeUrlOrPath(value);
                var localLink = local == "href" && attribute.Name.Namespace == XNamespace.None && LooksLikeUrlOrPath(value) && !IsWebOrMail(value);
                if (!fetched && !localLink) continue;
                report(part, $"the VML element {element.Name.LocalName} links to \"{Shorten(value)}\" ({local}); pictures must be embedded, not linked");
                if (strip) attribute.Remove();
                changed |= strip;
            }
        }
        return changed;
    }

    /// <summary>Why a field instruction makes a converter read a file or an address, or null when it does not.</summary>
    private static string? Fetches(string instruction)
    {
        var words = FieldWords(instruction);
        if (words.Count == 0) return null;
        var kind = words[0].Text.ToUpperInvariant();
        if (kind is "INCLUDEPICTURE" or "INCLUDETEXT" or "INCLUDE" or "LINK" or "DDE" or "DDEAUTO" or "IMPORT" or "DATABASE" or "RD")
            return $"the field {kind} makes a converter read another file or address (\"{Shorten(instruction.Trim())}\"); fields may not fetch";
        if (kind == "HYPERLINK" && HyperlinkTarget(words) is { } target && LooksLikeUrlOrPath(target) && !IsWebOrMail(target))
            return $"a HYPERLINK field points to \"{Shorten(target)}\", a file rather than a web or mail address";
        return null;
    }

    /// <summary>The address of a HYPERLINK field: its first argument that is no switch nor a switch's argument (\l bookmark, \o tip, \t frame).</summary>
    private static string? HyperlinkTarget(List<(string Text, bool Quoted)> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            var (text, quoted) = words[i];
            if (quoted || !text.StartsWith('\\')) return text;
            if (text.Length == 2 && "lotLOT".Contains(text[1])) i++;
        }
        return null;
    }

    /// <summary>The words of a field instruction: quoted text is one word, in which backslashes are literal.</summary>
    private static List<(string Text, bool Quoted)> FieldWords(string instruction)
    {
        var words = new List<(string, bool)>();
        var i = 0;
        while (i < instruction.Length)
        {
            if (char.IsWhiteSpace(instruction[i]))
            {
                i++;
                continue;
            }
            if (instruction[i] == '"')
            {
                var end = instruction.IndexOf('"', i + 1);
                if (end < 0) end = instruction.Length;
                words.Add((instruction[(i + 1)..end], true));
                i = end + 1;
                continue;
            }
            var start = i;
            while (i < instruction.Length && !char.IsWhiteSpace(instruction[i]) && instruction[i] != '"') i++;
            words.Add((instruction[start..i], false));
        }
        return words;
    }

    /// <summary>
    /// Each field of a part with its own instruction: simple fields from their attribute, complex fields from the
    /// instruction runs between their begin and separate (or end) marks, however many runs Word split them into; a
    /// field nested in another's instruction is a field of its own.
    /// </summary>
    private static List<FieldInstruction> FieldInstructions(XDocument document)
    {
        var fields = new List<FieldInstruction>();
        var open = new Stack<FieldInstruction>();
        foreach (var element in document.Descendants())
        {
            if (element.Name == W + "fldSimple")
            {
                fields.Add(new FieldInstruction(element));
            }
            else if (element.Name == W + "fldChar")
            {
                switch ((string?)element.Attribute(W + "fldCharType"))
                {
                    case "begin":
                        var field = new FieldInstruction(null);
                        open.Push(field);
                        fields.Add(field);
                        break;
                    case "separate":
                        if (open.Count > 0) open.Peek().Separated = true;
                        break;
                    case "end":
                        if (open.Count > 0) open.Pop();
                        break;
                }
            }
            else if (element.Name == W + "instrText" && open.Count > 0 && !open.Peek().Separated)
            {
                open.Peek().Add(element);
            }
        }
        return fields;
    }

    private static string SourceOf(string relationshipsPart)
    {
        // word/_rels/header1.xml.rels holds the relationships of word/header1.xml; _rels/.rels those of the package.
        var folder = relationshipsPart[..Math.Max(0, relationshipsPart.LastIndexOf("_rels/", StringComparison.Ordinal))];
        var file = relationshipsPart[(relationshipsPart.LastIndexOf('/') + 1)..^".rels".Length];
        return file.Length == 0 ? "package" : folder + file;
    }

    private static bool IsWebOrMail(string target)
    {
        var trimmed = target.Trim();
        return trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>An absolute URL of any scheme (file:, http:, smb:, C:...), a UNC or protocol-relative path, or a rooted local path.</summary>
    private static bool LooksLikeUrlOrPath(string target)
    {
        var trimmed = target.Trim();
        if (trimmed.StartsWith(@"\\", StringComparison.Ordinal) || trimmed.StartsWith("//", StringComparison.Ordinal)) return true;
        var colon = trimmed.IndexOf(':');
        if (colon <= 0) return false;
        return trimmed.AsSpan(0, colon).IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-") < 0 && char.IsAsciiLetter(trimmed[0]);
    }

    private static string Shorten(string target) => target.Length <= 80 ? target : target[..80] + "…";
}
