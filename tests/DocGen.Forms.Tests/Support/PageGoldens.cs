using System.Globalization;
using DocGen.Conversion;

namespace DocGen.Forms.Tests.Support;

/// <summary>
/// Golden page images: a form's PDF printed by pdftoppm in four greys as PNG pages (page-1.png, page-2.png…) beside the
/// form's XML goldens, compared within a tolerance that absorbs anti-aliasing but not a moved line, a missing
/// glyph or a page break in a new place. A page that differs leaves the printed page and a picture of the
/// difference under page-differences/ in the test output. LibreOffice's layout changes between its versions,
/// so the version that printed the goldens is recorded in Cases/pages-libreoffice.txt; scripts/install-pdf-deps.sh
/// installs it. DOCGEN_ACCEPT_GOLDENS regenerates the pages as it does the other goldens (see <see cref="Golden"/>).
/// </summary>
internal static class PageGoldens
{
    /// <summary>Dots per inch: an A4 page is 413 × 585 pixels, enough to see every line and table rule.</summary>
    public const int Resolution = 50;

    /// <summary>Greys a page is stored in: 0, 85, 170 and 255. About 8 KB a page.</summary>
    public const int GreyLevels = 4;

    /// <summary>
    /// Grey two pixels may differ by and still count as the same: less than one of the four levels, so that a
    /// hairline rule (a light grey at this resolution) that goes missing counts.
    /// </summary>
    public const int PixelThreshold = 64;

    /// <summary>Share of a page's pixels that may differ: about five characters' worth at this resolution.</summary>
    public const double AllowedShare = 0.001;

    private static readonly Lazy<string> InstalledVersion = new(ReadInstalledVersion);

    private static string VersionFile => Path.Combine(Repository.Cases, "pages-libreoffice.txt");

    public static void Check(string directory, byte[] pdf)
    {
        var work = Directory.CreateTempSubdirectory("docgen-pages-");
        try
        {
            var actual = Print(pdf, work.FullName);
            if (Golden.Accepts(directory))
            {
                Accept(directory, actual);
                return;
            }
            var expected = Pages(directory);
            var name = Path.GetRelativePath(Repository.Cases, directory).Replace('\\', '/');
            var problems = new List<string>();
            var output = Path.Combine(AppContext.BaseDirectory, "page-differences", name);
            if (expected.Count == 0) problems.Add($"no golden pages in {directory}");
            else if (expected.Count != actual.Count) problems.Add($"{actual.Count} pages printed, {expected.Count} in the goldens");
            for (var i = 0; i < Math.Min(expected.Count, actual.Count); i++)
            {
                var golden = PageImage.Read(expected[i]);
                var differing = golden.DifferingPixels(actual[i], PixelThreshold);
                if (IsWithinTolerance(differing, golden.Pixels.Length)) continue;
                Directory.CreateDirectory(output);
                var page = Path.GetFileNameWithoutExtension(expected[i]);
                actual[i].Write(Path.Combine(output, page + ".png"));
                golden.WriteDifference(actual[i], PixelThreshold, Path.Combine(output, page + ".difference.png"));
                problems.Add($"{page}: {differing} of {golden.Pixels.Length} pixels differ ({100.0 * differing / golden.Pixels.Length:0.##} %, at most {100 * AllowedShare:0.##} % allowed)");
            }
            if (problems.Count == 0) return;
            var recorded = RecordedVersion();
            var version = recorded == InstalledVersion.Value ? ""
                : $"\nThe page goldens were printed by {recorded ?? "an unrecorded LibreOffice"} ({VersionFile}); this machine has {InstalledVersion.Value}, whose layout may differ. "
                  + "Install the version scripts/install-pdf-deps.sh brings, or regenerate every page golden with DOCGEN_ACCEPT_GOLDENS=1 and review them.";
            Assert.Fail($"{name}: the printed pages differ from their goldens:\n{string.Join("\n", problems)}\n"
                + $"printed pages and differences (red: new ink, blue: missing ink) in {output}{version}\n(DOCGEN_ACCEPT_GOLDENS={name} accepts the new pages)");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>Whether a page with <paramref name="differing"/> of its <paramref name="pixels"/> changed still matches its golden.</summary>
    public static bool IsWithinTolerance(int differing, int pixels) => differing <= pixels * AllowedShare;

    private static List<PageImage> Print(byte[] pdf, string work)
    {
        using (var poppler = new Poppler(pdf)) poppler.PrintGreyPages(work, Resolution);
        var pages = Pages(work, "pgm").Select(p => PageImage.ReadGreyMap(p).WithGreyLevels(GreyLevels)).ToList();
        Assert.True(pages.Count > 0, "pdftoppm printed no page");
        return pages;
    }

    /// <summary>page-N files in page order (pdftoppm pads the number to the width of the page count).</summary>
    private static List<string> Pages(string directory, string extension = "png") =>
        !Directory.Exists(directory) ? []
            : Directory.GetFiles(directory, "page-*." + extension)
                .Select(path => (Path: path, Number: int.TryParse(Path.GetFileNameWithoutExtension(path)["page-".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1))
                .Where(p => p.Number > 0).OrderBy(p => p.Number).Select(p => p.Path).ToList();

    private static void Accept(string directory, List<PageImage> actual)
    {
        var recorded = RecordedVersion();
        if (recorded != InstalledVersion.Value && !Golden.AcceptsAll)
            Assert.Fail($"the page goldens were printed by {recorded ?? "an unrecorded LibreOffice"}, this machine has {InstalledVersion.Value}: regenerate all of them with DOCGEN_ACCEPT_GOLDENS=1, not some");
        Directory.CreateDirectory(directory);
        foreach (var old in Pages(directory)) File.Delete(old);
        for (var i = 0; i < actual.Count; i++) actual[i].Write(Path.Combine(directory, $"page-{i + 1}.png"));
        if (recorded != InstalledVersion.Value) File.WriteAllText(VersionFile, InstalledVersion.Value + "\n");
    }

    private static string? RecordedVersion() => File.Exists(VersionFile) ? File.ReadAllText(VersionFile).Trim() : null;

    /// <summary>What the pool's LibreOffice says of itself, such as "LibreOffice 7.4.7.2 40(Build:2)".</summary>
    private static string ReadInstalledVersion()
    {
        var (_, output, _) = ChildProcess.RunAsync(new LibreOfficePoolOptions().SofficePath, ["--version"], ReadOnlyMemory<byte>.Empty, TimeSpan.FromMinutes(1))
            .GetAwaiter().GetResult();
        return System.Text.Encoding.UTF8.GetString(output).Trim() is { Length: > 0 } version ? version : "an unknown LibreOffice";
    }
}
