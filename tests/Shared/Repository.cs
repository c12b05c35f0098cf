namespace DocGen.Tests.Shared;

/// <summary>
/// Paths inside the repository the tests were built from, wherever the build output goes (for instance a private
/// artifacts path): the test project records its root in the RepositoryRoot assembly attribute.
/// </summary>
internal static class Repository
{
    public static readonly string Root = FindRoot();

    public static string Templates => Path.Combine(Root, "templates");

    public static string Notices => Path.Combine(Root, "notices");

    /// <summary>The golden files of every form (tests/DocGen.Forms.Tests/Cases).</summary>
    public static string Cases => Path.Combine(Root, "tests", "DocGen.Forms.Tests", "Cases");

    /// <summary>Where the browser tests leave their screenshots for people to look at (ignored by git).</summary>
    public static string Screenshots => Path.Combine(Root, "artifacts", "browser-screenshots");

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
