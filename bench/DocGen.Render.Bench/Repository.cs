using System.Reflection;

namespace DocGen.Render.Bench;

internal static class Repository
{
    private static string Root =>
        typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepositoryRoot").Value!;

    public static string Templates => Path.Combine(Root, "templates");

    public static string SharedForm(string file) => Path.Combine(Root, "bench", "shared-form", file);
}
