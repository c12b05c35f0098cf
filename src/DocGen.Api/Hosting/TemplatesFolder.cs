namespace DocGen.Api.Hosting;

internal static class TemplatesFolder
{
    /// <summary>The repository's templates/ folder, looked for from the working directory and from the binary upwards.</summary>
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "templates");
                if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "DocGen.sln"))) return candidate;
            }
        }
        return Path.Combine(Directory.GetCurrentDirectory(), "templates");
    }
}
