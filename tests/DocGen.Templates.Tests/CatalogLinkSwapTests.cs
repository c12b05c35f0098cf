using System.Diagnostics;
using System.Runtime.InteropServices;
using DocGen.Templates.Catalog;
using static DocGen.Templates.Tests.Support.TestDocx;

namespace DocGen.Templates.Tests;

/// <summary>
/// The templates folder reached through a link that is swapped to publish a new tree at once, as git-sync does
/// (<c>current</c> → a complete new worktree, replaced by rename): the new tree is served within seconds, a tree
/// still being written is never served, and a broken version in the new tree is reported while the rest is served.
/// </summary>
public sealed class CatalogLinkSwapTests : IDisposable
{
    private readonly string _sync = Path.Combine(Path.GetTempPath(), "docgen-sync-" + Guid.NewGuid().ToString("N"));
    private string Current => Path.Combine(_sync, "current");

    public CatalogLinkSwapTests()
    {
        Version("a", "2023", P("{{ name }}"));
        Directory.CreateSymbolicLink(Current, Path.Combine(_sync, ".worktrees", "a"));
    }

    private void Version(string tree, string version, string body, string? sample = "{}")
    {
        var dir = Path.Combine(_sync, ".worktrees", tree, "templates", "henan", "f", version);
        Directory.CreateDirectory(Path.Combine(dir, "samples"));
        File.WriteAllText(Path.Combine(dir, "form.yaml"), $"title: 表{version}\nauthority: henan\nprovenance: official\n");
        File.WriteAllText(Path.Combine(dir, "schema.json"), """{"type":"object","properties":{"name":{"type":"string","title":"名称"}}}""");
        File.WriteAllBytes(Path.Combine(dir, "template.docx"), FromBody(body));
        if (sample is not null) File.WriteAllText(Path.Combine(dir, "samples", "a.json"), sample);
    }

    // As git-sync publishes: a new link beside the old one, renamed over it (one atomic step).
    private void Publish(string tree)
    {
        var next = Path.Combine(_sync, "current.next");
        Directory.CreateSymbolicLink(next, Path.Combine(".worktrees", tree));
        // rename(2), as git-sync calls it: File.Move refuses a link to a folder and Directory.Move an existing target.
        Assert.True(rename(next, Current) == 0, $"rename failed: errno {Marshal.GetLastPInvokeError()}");
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int rename(string oldPath, string newPath);

    private static CatalogSnapshot Eventually(FormCatalog catalog, Func<CatalogSnapshot, bool> done)
    {
        var clock = Stopwatch.StartNew();
        while (!done(catalog.Current) && clock.Elapsed < TimeSpan.FromSeconds(10)) Thread.Sleep(100);
        return catalog.Current;
    }

    [Fact]
    public void ASwappedTreeIsServedWithinSecondsAndWatchedFromThenOn()
    {
        using var catalog = new FormCatalog(Path.Combine(Current, "templates"), watch: true);
        Assert.Equal(["2023"], catalog.Current.Forms[0].Versions.Select(v => v.Version));
        Version("b", "2023", P("{{ name }}"));
        Version("b", "2024", P("{{ name }}"));
        var clock = Stopwatch.StartNew();
        Publish("b");
        var swapped = Eventually(catalog, s => s.Forms[0].Versions.Count == 2);
        Assert.Equal(["2023", "2024"], swapped.Forms[0].Versions.Select(v => v.Version));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"served after {clock.Elapsed}");
        Assert.StartsWith(Path.Combine(_sync, ".worktrees", "b"), swapped.Forms[0].Latest.Directory);

        Version("b", "2025", P("{{ name }}")); // a change inside the new tree is seen: the watcher moved with the link
        Assert.Equal(3, Eventually(catalog, s => s.Forms[0].Versions.Count == 3).Forms[0].Versions.Count);
    }

    [Fact]
    public void ATreeStillBeingWrittenIsNeverServed()
    {
        using var catalog = new FormCatalog(Path.Combine(Current, "templates"), watch: true);
        Version("b", "2023", P("{{ name }}"));
        Version("b", "2024", P("{{ name"), sample: null); // half written: no sample yet, the template cut short
        Thread.Sleep(FormCatalog.LinkPoll * 2.5);
        Assert.Equal(["2023"], catalog.Current.Forms[0].Versions.Select(v => v.Version));
        Assert.Empty(catalog.Current.Problems);
        Assert.StartsWith(Path.Combine(_sync, ".worktrees", "a"), catalog.Current.Forms[0].Latest.Directory);
    }

    [Fact]
    public void ABrokenVersionInTheNewTreeIsReportedAndTheRestServed()
    {
        using var catalog = new FormCatalog(Path.Combine(Current, "templates"), watch: true);
        Version("b", "2023", P("{{ name }}"));
        Version("b", "2024", P("{{ name"));
        Publish("b");
        var swapped = Eventually(catalog, s => s.Problems.Count > 0);
        Assert.Equal("henan/f@2024", Assert.Single(swapped.Problems).Key);
        var served = Assert.Single(Assert.Single(swapped.Forms).Versions);
        Assert.Equal("2023", served.Version);
        Assert.StartsWith(Path.Combine(_sync, ".worktrees", "b"), served.Directory);
    }

    public void Dispose()
    {
        if (Directory.Exists(_sync)) Directory.Delete(_sync, recursive: true);
    }
}
