namespace DocGen.Forms.Tests.Support;

/// <summary>Paths of the repository and of the notices beside it (../shared/seeds).</summary>
internal static class Repository
{
    public static readonly string Root = FindRoot();

    public static string Templates => Path.Combine(Root, "templates");

    public static string Seeds => Path.Combine(Root, "..", "shared", "seeds");

    public static string Cases => Path.Combine(Root, "tests", "DocGen.Forms.Tests", "Cases");

    // From the binaries (the usual layout) or from the working directory (builds with --artifacts-path elsewhere).
    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "DocGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("DocGen.sln not found above the test binaries or the working directory");
    }
}
