using DocGen.Templates.Diagnostics;

namespace DocGen.Templates.Catalog;

/// <summary>
/// The template folder (<c>templates/authority/form/version</c>), loaded and kept current. With watching
/// on, new or changed version folders are picked up without a restart; only changed versions are
/// recompiled, and a version that breaks is reported and dropped while the others keep being served.
/// The folder may be reached through a symbolic link that is swapped to publish a new set of templates at once
/// (git-sync's <c>current</c> link to a fresh worktree): each load reads the link's target of that moment, so it
/// never mixes two commits, and a swap is noticed within <see cref="LinkPoll"/> and loaded as a whole.
/// </summary>
public sealed class FormCatalog : IDisposable
{
    /// <summary>How often a watching catalog checks whether a link on the way to its folder points elsewhere.</summary>
    public static readonly TimeSpan LinkPoll = TimeSpan.FromSeconds(1);

    private readonly Dictionary<string, (string Fingerprint, FormVersion? Version, IReadOnlyList<Diagnostic> Diagnostics)> _cache = new();
    private readonly object _reloadLock = new();
    private readonly bool _watch;
    private FileSystemWatcher? _watcher;
    private readonly Timer? _debounce;
    private readonly Timer? _linkPoll;
    private string _loadedFrom = "";
    private CatalogSnapshot _current;

    public FormCatalog(string root, bool watch = false)
    {
        Root = Path.GetFullPath(root);
        _watch = watch;
        if (watch) _debounce = new Timer(_ => Reload(), null, Timeout.Infinite, Timeout.Infinite);
        _current = Load();
        if (!watch) return;
        _linkPoll = new Timer(_ =>
        {
            if (RealPath.Of(Root) != Volatile.Read(ref _loadedFrom)) Reload();
        }, null, LinkPoll, LinkPoll);
    }

    // The watcher follows the folder actually read: after a link swap, the new target. It is set up before that
    // folder is read, so a change made while (or just after) it is read still raises an event.
    private void Watch(string directory)
    {
        if (_watcher is not null && _watcher.Path == directory) return;
        _watcher?.Dispose();
        _watcher = null;
        if (!Directory.Exists(directory)) return;
        var watcher = new FileSystemWatcher(directory) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
        FileSystemEventHandler changed = (_, _) => _debounce!.Change(400, Timeout.Infinite);
        watcher.Changed += changed;
        watcher.Created += changed;
        watcher.Deleted += changed;
        watcher.Renamed += (_, _) => _debounce!.Change(400, Timeout.Infinite);
        watcher.EnableRaisingEvents = true;
        _watcher = watcher;
    }

    public string Root { get; }

    public CatalogSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Raised after each reload with the new snapshot (the host logs its problems).</summary>
    public event Action<CatalogSnapshot>? Reloaded;

    /// <summary>Re-reads the folder now; unchanged versions are reused.</summary>
    public CatalogSnapshot Reload()
    {
        CatalogSnapshot snapshot;
        lock (_reloadLock)
        {
            snapshot = Load();
            Volatile.Write(ref _current, snapshot);
        }
        Reloaded?.Invoke(snapshot);
        return snapshot;
    }

    private CatalogSnapshot Load()
    {
        var forms = new List<CatalogForm>();
        var problems = new List<CatalogProblem>();
        var seen = new HashSet<string>();
        var from = RealPath.Of(Root);
        Volatile.Write(ref _loadedFrom, from);
        if (_watch) Watch(from);
        if (!Directory.Exists(from)) return new CatalogSnapshot(forms, [new CatalogProblem("", Root, [DiagnosticCatalog.BadManifest.Create(Root, "the templates folder does not exist", messageZh: "模板文件夹不存在")])]);
        foreach (var authorityDir in Directory.EnumerateDirectories(from).Order(StringComparer.Ordinal))
        {
            var authority = Path.GetFileName(authorityDir);
            if (authority.StartsWith('.')) continue;
            foreach (var formDir in Directory.EnumerateDirectories(authorityDir).Order(StringComparer.Ordinal))
            {
                var form = Path.GetFileName(formDir);
                var versions = new List<FormVersion>();
                foreach (var versionDir in Directory.EnumerateDirectories(formDir).OrderBy(Path.GetFileName, VersionOrder.Instance))
                {
                    var version = Path.GetFileName(versionDir);
                    var key = $"{authority}/{form}@{version}";
                    seen.Add(key);
                    var fingerprint = Fingerprint(versionDir);
                    if (!_cache.TryGetValue(key, out var cached) || cached.Fingerprint != fingerprint)
                    {
                        var (loaded, diagnostics) = LoadSafely(authority, form, version, versionDir);
                        cached = (fingerprint, loaded, diagnostics);
                        _cache[key] = cached;
                    }
                    if (cached.Version is not null) versions.Add(cached.Version);
                    else problems.Add(new CatalogProblem(key, versionDir, cached.Diagnostics));
                }
                if (versions.Count > 0) forms.Add(new CatalogForm(authority, form, versions));
            }
        }
        foreach (var gone in _cache.Keys.Where(k => !seen.Contains(k)).ToList()) _cache.Remove(gone);
        return new CatalogSnapshot(CheckSummaries(forms, problems), problems);
    }

    // A summary's mapping names other forms, so it is checked once every form is loaded; a summary version whose
    // mapping points nowhere is not served.
    private static List<CatalogForm> CheckSummaries(List<CatalogForm> forms, List<CatalogProblem> problems)
    {
        var byId = forms.ToDictionary(f => f.Id, f => f.Versions, StringComparer.Ordinal);
        var checkedForms = new List<CatalogForm>(forms.Count);
        foreach (var form in forms)
        {
            var served = new List<FormVersion>(form.Versions.Count);
            foreach (var version in form.Versions)
            {
                var diagnostics = version.Manifest.Summary is null ? [] : SummaryMappingCheck.Check(version, id => byId.GetValueOrDefault(id));
                if (diagnostics.Count == 0) served.Add(version);
                else problems.Add(new CatalogProblem(version.Key, version.Directory, [.. version.Warnings, .. diagnostics]));
            }
            if (served.Count == form.Versions.Count) checkedForms.Add(form);
            else if (served.Count > 0) checkedForms.Add(new CatalogForm(form.Authority, form.Form, served));
        }
        return checkedForms;
    }

    private static (FormVersion?, IReadOnlyList<Diagnostic>) LoadSafely(string authority, string form, string version, string directory)
    {
        try
        {
            return VersionLoader.Load(authority, form, version, directory);
        }
        catch (IOException e)
        {
            // A folder being copied in may be half-written; the next change event loads it again.
            return (null, [DiagnosticCatalog.BadManifest.Create(directory, $"could not read the version: {e.Message}", messageZh: "无法读取这个版本") with { Source = $"{authority}/{form}@{version}" }]);
        }
    }

    // A version built on a base changes when its base (or the base's base) changes: every folder of the chain counts.
    private static string Fingerprint(string directory) =>
        string.Join("\n", VersionLoader.BaseChain(directory).Prepend(directory).Select(FilesOf));

    private static string FilesOf(string directory)
    {
        var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(f => new FileInfo(f)).OrderBy(f => f.FullName, StringComparer.Ordinal)
            .Select(f => $"{f.FullName}|{f.Length}|{f.LastWriteTimeUtc.Ticks}");
        return string.Join("\n", files);
    }

    public void Dispose()
    {
        _linkPoll?.Dispose();
        _debounce?.Dispose();
        lock (_reloadLock) _watcher?.Dispose();
    }
}
