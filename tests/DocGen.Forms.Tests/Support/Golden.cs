using System.Xml.Linq;

namespace DocGen.Forms.Tests.Support;

/// <summary>
/// Golden files: the document, header and footer parts of each render, pretty-printed, its printed pages
/// (<see cref="PageGoldens"/>) and other reports, under Cases/authority/form/version/case/.
/// Set DOCGEN_ACCEPT_GOLDENS=1 to write the current output as the new expectation (then review the diff),
/// or DOCGEN_ACCEPT_GOLDENS=henan/contest to accept only the cases under that path.
/// </summary>
internal static class Golden
{
    public static void Check(string directory, string name, XDocument actual) =>
        Check(directory, name, actual.ToString(SaveOptions.None) + "\n");

    public static void Check(string directory, string name, string actual)
    {
        var path = Path.Combine(directory, name);
        var text = actual.Replace("\r\n", "\n");
        if (Accepts(directory))
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(path, text);
            return;
        }
        Assert.True(File.Exists(path), $"no golden file {path}; run the tests with DOCGEN_ACCEPT_GOLDENS=1 to create it");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n");
        if (expected == text) return;
        var e = expected.Split('\n');
        var a = text.Split('\n');
        var first = Enumerable.Range(0, Math.Min(e.Length, a.Length)).FirstOrDefault(i => e[i] != a[i], Math.Min(e.Length, a.Length));
        Assert.Fail($"{path} differs from line {first + 1}:\n- {Line(e, first)}\n+ {Line(a, first)}\n(DOCGEN_ACCEPT_GOLDENS=1 accepts the new output)");
    }

    /// <summary>Whether DOCGEN_ACCEPT_GOLDENS asks for every golden file to be rewritten.</summary>
    public static bool AcceptsAll => Environment.GetEnvironmentVariable("DOCGEN_ACCEPT_GOLDENS") == "1";

    /// <summary>Whether DOCGEN_ACCEPT_GOLDENS asks for the golden files under <paramref name="directory"/> to be rewritten.</summary>
    public static bool Accepts(string directory)
    {
        var accept = Environment.GetEnvironmentVariable("DOCGEN_ACCEPT_GOLDENS");
        return accept == "1" || (!string.IsNullOrEmpty(accept) && directory.Replace('\\', '/').Contains("/Cases/" + accept, StringComparison.Ordinal));
    }

    private static string Line(string[] lines, int i) => i < lines.Length ? lines[i].Trim() : "(end of file)";
}
