namespace DocGen.Contract.Tests.Support;

/// <summary>Paths of the repository the tests were built from, and its pinned tools (package.json, .config/dotnet-tools.json).</summary>
internal static class Repository
{
    public static readonly string Root = FindRoot();

    public static string Templates => Path.Combine(Root, "templates");

    /// <summary>Redocly CLI as <c>npm ci</c> installs it from the repository's package-lock.json.</summary>
    public static string Redocly => Path.Combine(Root, "node_modules", ".bin", "redocly");

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
