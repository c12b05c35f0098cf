namespace DocGen.Conversion.Pool;

/// <summary>What every worker of one pool is started with, resolved once from the options.</summary>
internal sealed record WorkerLaunchSettings(
    string SofficeBinary,
    string PythonPath,
    string? FontConfigFile,
    string? MallocLibrary,
    string WorkDirectory,
    TimeSpan StartupTimeout)
{
    /// <summary>util-linux <c>setsid</c> (essential on Debian), or null where there is none: workers then share the service's process group.</summary>
    public string? SessionLauncher { get; init; } = File.Exists("/usr/bin/setsid") ? "/usr/bin/setsid" : null;

    /// <summary>Where soffice.bin runs: without network and with the system folders only; null where the machine cannot (the office then runs unconfined).</summary>
    public WorkerSandbox? Sandbox { get; init; }

    /// <summary>
    /// The pool runs soffice.bin itself: the <c>soffice</c> launcher is a shell script that starts oosplash,
    /// which starts soffice.bin as a grandchild, so killing the launched process would not stop LibreOffice.
    /// </summary>
    public static string ResolveSofficeBinary(string configured)
    {
        var path = configured;
        if (!Path.IsPathRooted(path))
        {
            path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(dir => Path.Combine(dir, configured))
                .FirstOrDefault(File.Exists) ?? configured;
        }

        if (File.Exists(path) && new FileInfo(path).LinkTarget is not null)
        {
            path = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
        }

        if (!path.EndsWith(".bin", StringComparison.Ordinal))
        {
            var binary = Path.Combine(Path.GetDirectoryName(path) ?? string.Empty, "soffice.bin");
            if (File.Exists(binary))
            {
                return binary;
            }
        }

        return path;
    }

    /// <summary>Where the dynamic loader finds libraries on Debian and its derivatives (multiarch first).</summary>
    private static readonly string[] LibraryFolders =
    [
        "/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/lib/x86_64-linux-gnu", "/lib/aarch64-linux-gnu",
        "/usr/lib64", "/usr/lib", "/usr/local/lib",
    ];

    /// <summary>The allocator library to preload, as a full path; null when none is configured or it is not installed.</summary>
    public static string? ResolveMallocLibrary(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            return null;
        }

        if (Path.IsPathRooted(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        return LibraryFolders.Select(folder => Path.Combine(folder, configured)).FirstOrDefault(File.Exists);
    }
}
