namespace DocGen.Conversion.Pool;

/// <summary>What every worker of one pool is started with, resolved once from the options.</summary>
internal sealed record WorkerLaunchSettings(
    string SofficeBinary,
    string PythonPath,
    string? FontConfigFile,
    string WorkDirectory,
    TimeSpan StartupTimeout)
{
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
}
