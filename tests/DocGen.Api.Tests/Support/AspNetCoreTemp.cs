using System.Runtime.CompilerServices;

namespace DocGen.Api.Tests.Support;

/// <summary>
/// The folder where ASP.NET Core buffers request bodies and uploads that spill out of memory (ASPNETCORE_TEMP): one
/// of this test process's own, so that a test can watch it without seeing other programs' files in the shared /tmp.
/// ASP.NET Core reads the variable once, so it is set before any host starts.
/// </summary>
internal static class AspNetCoreTemp
{
    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), $"docgen-api-tests-aspnetcore-{Environment.ProcessId}");

    [ModuleInitializer]
    internal static void Initialize()
    {
        Directory.CreateDirectory(Folder);
        Environment.SetEnvironmentVariable("ASPNETCORE_TEMP", Folder);
    }
}
