namespace DocGen.Forms.Tests.Support;

/// <summary>Paths of the repository and of the notices beside it (../shared/seeds).</summary>
internal static class Repository
{
    public static readonly string Root = FindRoot();

    public static string Templates => Path.Combine(Root, "templates");

    public static string Seeds => Path.Combine(Root, "..", "shared", "seeds");

    public static string Cases => Path.Combine(Root, "tests", "DocGen.Forms.Tests", "Cases");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DocGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("DocGen.sln not found above the test binaries");
    }
}
