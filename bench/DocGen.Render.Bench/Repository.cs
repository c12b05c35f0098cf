using System.Reflection;

namespace DocGen.Render.Bench;

internal static class Repository
{
    public static string Templates =>
        Path.Combine(typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepositoryRoot").Value!, "templates");
}
