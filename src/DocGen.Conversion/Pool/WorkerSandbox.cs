using Microsoft.Extensions.Logging;

namespace DocGen.Conversion.Pool;

/// <summary>
/// Starts soffice.bin under bubblewrap, in a network namespace of its own (a loopback device on which nothing listens)
/// and a file-system view of the system folders only (read-only), its profile and a private /tmp.
///
/// Why: Writer's DOCX import fetches a linked picture (<c>&lt;a:blip r:link&gt;</c>, VML <c>r:href</c>) whatever load
/// or security option the document is opened with (Update/Link modes, macro and referer settings were all tried): a URL
/// is connected to, and a host that never answers holds the worker for seconds; a <c>file://</c> picture of the server
/// is embedded in the PDF. The service removes such references before converting; in the sandbox a reference that
/// slipped through finds neither a network nor the server's files (application folder, home folders, the real /tmp).
///
/// The UNO pipe is a socket in the private /tmp. The bridge, outside, looks for it where LibreOffice always puts it
/// (<c>/tmp/OSL_PIPE_&lt;uid&gt;_&lt;name&gt;</c>); a symbolic link there leads to the socket in the worker's own folder.
/// </summary>
internal sealed class WorkerSandbox
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(15);

    /// <summary>System folders the office needs (programs, libraries, fonts and their cache, configuration).</summary>
    private static readonly string[] SystemFolders = ["/usr", "/etc", "/var/cache/fontconfig"];

    /// <summary>Top-level folders that merged-/usr systems keep as links into /usr, others as folders.</summary>
    private static readonly string[] RootLinks = ["/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"];

    private readonly string _bubblewrap;
    private readonly IReadOnlyList<string> _system;
    private readonly IReadOnlyList<string> _readOnlyFiles;

    private WorkerSandbox(string bubblewrap, IReadOnlyList<string> system, IReadOnlyList<string> readOnlyFiles)
    {
        _bubblewrap = bubblewrap;
        _system = system;
        _readOnlyFiles = readOnlyFiles;
    }

    /// <summary>
    /// The sandbox when <paramref name="configured"/> (bwrap, a path or a name on PATH) runs a program in it on this
    /// machine; null, with a warning, when it is not installed or the kernel refuses it (user namespaces switched off,
    /// a container without the right to create namespaces): the workers then run unconfined.
    /// </summary>
    /// <param name="readOnlyFiles">Files and folders outside the system folders that the office reads (its installation, the fontconfig file, the allocator).</param>
    public static WorkerSandbox? Find(string? configured, IEnumerable<string?> readOnlyFiles, ILogger logger)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            logger.LogWarning("PDF workers are not isolated (Pdf:SandboxPath is empty): a document that links to a URL or a file reaches them");
            return null;
        }

        var bubblewrap = ResolveOnPath(configured);
        if (bubblewrap is null)
        {
            logger.LogWarning("PDF workers are not isolated: {Sandbox} is not installed (scripts/install-pdf-deps.sh installs bubblewrap)", configured);
            return null;
        }

        var sandbox = new WorkerSandbox(bubblewrap, SystemView(), ReadOnlyView(readOnlyFiles));
        var failure = sandbox.Probe();
        if (failure is not null)
        {
            logger.LogWarning("PDF workers are not isolated: {Sandbox} cannot run a program here ({Failure})", bubblewrap, failure);
            return null;
        }

        return sandbox;
    }

    /// <summary>The command that runs <paramref name="program"/> in the sandbox with <paramref name="profileDirectory"/> writable and <paramref name="privateTmp"/> as its /tmp.</summary>
    /// <remarks>
    /// Mounts are made in order and a later one hides what an earlier one put below it: the private /tmp comes before
    /// the files and the profile, which may themselves lie under the real /tmp (a service unpacked there, the default
    /// work directory).
    /// </remarks>
    public (string Program, IReadOnlyList<string> Arguments) Wrap(string program, IEnumerable<string> arguments, string profileDirectory, string privateTmp) =>
        (_bubblewrap, [.. _system, "--bind", privateTmp, "/tmp", .. _readOnlyFiles, "--bind", profileDirectory, profileDirectory, "--chdir", "/", program, .. arguments]);

    /// <summary>Where the bridge looks for the UNO pipe <paramref name="pipeName"/>, and where the office, in the sandbox, creates it.</summary>
    public static (string Outside, string Inside) PipePaths(string pipeName, string privateTmp)
    {
        var socket = $"OSL_PIPE_{CurrentUserId()}_{pipeName}";
        return (Path.Combine("/tmp", socket), Path.Combine(privateTmp, socket));
    }

    /// <summary>The process bubblewrap runs in the sandbox (its only child), or null when it has none (any more).</summary>
    public static int? ProgramStartedBy(int bubblewrapPid)
    {
        try
        {
            var children = File.ReadAllText($"/proc/{bubblewrapPid}/task/{bubblewrapPid}/children").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return children.Length == 1 && int.TryParse(children[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private string? Probe()
    {
        var probeTmp = Directory.CreateTempSubdirectory("docgen-sandbox-probe-").FullName;
        try
        {
            var (program, arguments) = Wrap("/usr/bin/true", [], probeTmp, probeTmp);
            var (exitCode, _, error) = ChildProcess.RunAsync(program, arguments, ReadOnlyMemory<byte>.Empty, ProbeTimeout).GetAwaiter().GetResult();
            return exitCode == 0 ? null : $"exit code {exitCode}: {error.Trim()}";
        }
        catch (Exception e) when (e is TimeoutException or System.ComponentModel.Win32Exception)
        {
            return e.Message;
        }
        finally
        {
            Directory.Delete(probeTmp, recursive: true);
        }
    }

    private static List<string> SystemView()
    {
        // No --die-with-parent: its parent-death signal follows the thread that started bubblewrap, and with it a worker
        // started from a thread-pool thread was killed (exit code 137) in the middle of later jobs. The pool stops its
        // workers itself; a worker outliving a killed service is what an unsandboxed soffice.bin did too.
        var view = new List<string> { "--unshare-net", "--new-session", "--proc", "/proc", "--dev", "/dev" };
        foreach (var folder in SystemFolders)
        {
            view.AddRange(["--ro-bind-try", folder, folder]);
        }

        foreach (var root in RootLinks)
        {
            var info = new DirectoryInfo(root);
            if (info.LinkTarget is { } target)
            {
                view.AddRange(["--symlink", target, root]);
            }
            else if (info.Exists)
            {
                view.AddRange(["--ro-bind", root, root]);
            }
        }

        return view;
    }

    private static List<string> ReadOnlyView(IEnumerable<string?> readOnlyFiles) =>
        readOnlyFiles.OfType<string>()
            .Where(file => !SystemFolders.Any(folder => file.StartsWith(folder + "/", StringComparison.Ordinal)))
            .SelectMany(file => new[] { "--ro-bind-try", file, file })
            .ToList();

    private static string? ResolveOnPath(string configured)
    {
        if (Path.IsPathRooted(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, configured))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>The real user id, as LibreOffice writes it into its pipe names (from /proc: no native call needed).</summary>
    private static string CurrentUserId()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("Uid:", StringComparison.Ordinal))
            {
                return line["Uid:".Length..].Split('\t', ' ', StringSplitOptions.RemoveEmptyEntries)[0];
            }
        }

        throw new InvalidOperationException("/proc/self/status has no Uid line.");
    }
}
