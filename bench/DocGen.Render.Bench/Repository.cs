namespace DocGen.Render.Bench;

internal static class Repository
{
    public static string Templates
    {
        get
        {
            foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
                for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                    if (File.Exists(Path.Combine(dir.FullName, "DocGen.sln"))) return Path.Combine(dir.FullName, "templates");
            throw new InvalidOperationException("run from inside the repository");
        }
    }
}
