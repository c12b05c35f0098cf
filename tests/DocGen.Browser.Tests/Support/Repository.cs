namespace DocGen.Browser.Tests.Support;

/// <summary>Paths of the repository the tests were built from.</summary>
internal static class Repository
{
    public static readonly string Root = FindRoot();

    public static string Templates => Path.Combine(Root, "templates");

    /// <summary>Where the tests leave their screenshots for people to look at (ignored by git).</summary>
    public static string Screenshots => Path.Combine(Root, "artifacts", "browser-screenshots");

    private static string FindRoot()
    {
        var recorded = typeof(Repository).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (recorded is not null && File.Exists(Path.Combine(recorded, "DocGen.sln"))) return recorded;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DocGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("DocGen.sln not found: neither where the build recorded it nor above the test binaries");
    }
}
