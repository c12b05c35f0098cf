using System.Collections.Concurrent;
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

    /// <param name="families">The families a document names (its template's, or found while it was prepared).</param>
    public async Task<IReadOnlyList<FontSubstitution>> InspectAsync(IReadOnlyCollection<string> families)
    {
        if (_fcMatch is null)
        {
            return [];
        }

        try
        {
            var answers = await Task.WhenAll(families.Select(f => _cache.GetOrAdd(f, Lookup).Value)).ConfigureAwait(false);
            return answers.OfType<FontSubstitution>().OrderBy(s => s.Requested, StringComparer.Ordinal).ToArray();
        }
        catch (Exception e) when (e is IOException or InvalidOperationException)
        {
            // The report is diagnostics: a DOCX LibreOffice can still convert must not fail because of it.
            _logger.LogWarning(e, "Could not inspect the fonts of a DOCX");
            return [];
        }
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
