using System.Collections.Concurrent;
using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using Microsoft.Extensions.Logging;

namespace DocGen.Conversion.Fonts;

/// <summary>
/// Reports which fonts named by a DOCX LibreOffice will not find and what it gets instead. LibreOffice on Linux
/// resolves a missing family through fontconfig, so asking fontconfig (fc-match, with the same FONTCONFIG_FILE
/// as the workers) gives the same answer without instrumenting the office. Answers are cached per family: a
/// template names a handful of fonts, so after the first document this costs no process starts.
/// </summary>
internal sealed class FontSubstitutionInspector
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly string[] FontAttributes = ["ascii", "hAnsi", "eastAsia", "cs"];

    /// <summary>fc-match answers in milliseconds; one that hangs (a broken font cache) must not hold a conversion.</summary>
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(30);

    private readonly string? _fcMatch;
    private readonly string? _fontConfigFile;
    private readonly HashSet<string> _mappedFamilies;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, Lazy<Task<FontSubstitution?>>> _cache = new(StringComparer.OrdinalIgnoreCase);

    public FontSubstitutionInspector(string? fcMatch, string? fontConfigFile, ILogger logger)
    {
        _fcMatch = fcMatch;
        _fontConfigFile = fontConfigFile;
        _logger = logger;
        _mappedFamilies = ReadAliases(fontConfigFile);
    }

    public async Task<IReadOnlyList<FontSubstitution>> InspectAsync(byte[] docx)
    {
        if (_fcMatch is null)
        {
            return [];
        }

        try
        {
            var families = FamiliesNamedIn(docx);
            var answers = await Task.WhenAll(families.Select(f => _cache.GetOrAdd(f, Lookup).Value)).ConfigureAwait(false);
            return answers.OfType<FontSubstitution>().OrderBy(s => s.Requested, StringComparer.Ordinal).ToArray();
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException or InvalidOperationException)
        {
            // The report is diagnostics: a DOCX LibreOffice can still convert must not fail because of it.
            _logger.LogWarning(e, "Could not inspect the fonts of a DOCX");
            return [];
        }
    }

    /// <summary>Families in w:rFonts of the body, styles, numbering, headers and footers.</summary>
    internal static IReadOnlyCollection<string> FamiliesNamedIn(byte[] docx)
    {
        var families = new HashSet<string>(StringComparer.Ordinal);
        using var zip = new ZipArchive(new MemoryStream(docx, writable: false), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            // Parts directly under word/ (document, styles, numbering, header*, footer*); not word/theme/.
            if (!entry.FullName.StartsWith("word/", StringComparison.Ordinal) ||
                !entry.FullName.EndsWith(".xml", StringComparison.Ordinal) ||
                entry.FullName.LastIndexOf('/') != "word".Length)
            {
                continue;
            }

            using var stream = entry.Open();
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true });
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "rFonts" || reader.NamespaceURI != WordNamespace)
                {
                    continue;
                }

                foreach (var attribute in FontAttributes)
                {
                    var family = reader.GetAttribute(attribute, WordNamespace);
                    if (!string.IsNullOrWhiteSpace(family))
                    {
                        families.Add(family.Trim());
                    }
                }
            }
        }

        return families;
    }

    private Lazy<Task<FontSubstitution?>> Lookup(string family) => new(() => MatchAsync(family));

    private async Task<FontSubstitution?> MatchAsync(string family)
    {
        var environment = _fontConfigFile is null ? null : new Dictionary<string, string?> { ["FONTCONFIG_FILE"] = _fontConfigFile };
        try
        {
            var (exitCode, output, _) = await ChildProcess.RunAsync(
                _fcMatch!, ["--format=%{family}", EscapePattern(family)], ReadOnlyMemory<byte>.Empty, MatchTimeout, environment).ConfigureAwait(false);
            // fc-match lists every name of the face (e.g. localized ones); the request is satisfied if any matches.
            var names = System.Text.Encoding.UTF8.GetString(output).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (exitCode != 0 || names.Length == 0)
            {
                return null;
            }

            if (names.Any(n => string.Equals(n, family, StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            return new FontSubstitution(family, names[0], _mappedFamilies.Contains(family));
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            _logger.LogWarning(e, "fc-match is not available; font substitutions are not reported");
            return null;
        }
        catch (TimeoutException e)
        {
            _logger.LogWarning(e, "fc-match did not answer for {Family}; its substitution is not reported", family);
            return null;
        }
    }

    /// <summary>fontconfig pattern syntax gives '-', ':', ',' and '\' meanings (size, properties, lists).</summary>
    internal static string EscapePattern(string family)
    {
        var escaped = new System.Text.StringBuilder(family.Length + 4);
        foreach (var c in family)
        {
            if (c is '\\' or '-' or ':' or ',')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private static HashSet<string> ReadAliases(string? fontConfigFile)
    {
        var families = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (fontConfigFile is null || !File.Exists(fontConfigFile))
        {
            return families;
        }

        try
        {
            using var reader = XmlReader.Create(fontConfigFile, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            var document = XDocument.Load(reader);
            foreach (var alias in document.Descendants("alias"))
            {
                var family = alias.Element("family")?.Value.Trim();
                if (!string.IsNullOrEmpty(family))
                {
                    families.Add(family);
                }
            }
        }
        catch (XmlException)
        {
            // fontconfig will complain itself; the report then only marks nothing as mapped.
        }

        return families;
    }
}
