using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using DocGen.Templates.Engine;

namespace DocGen.Templates.Tests;

/// <summary>
/// The engine assembly is pure: a DOCX and data in, a DOCX out. It references neither YAML nor the catalog, and
/// none of the file-system types, so a template folder, a watcher or a stray file read cannot creep into it.
/// Read from the compiled assembly's metadata, so a fully qualified name or a new folder cannot slip past.
/// </summary>
public sealed class EngineBoundaryTests
{
    private static readonly string[] FileSystemTypes =
    [
        "System.IO.File", "System.IO.FileInfo", "System.IO.Directory", "System.IO.DirectoryInfo",
        "System.IO.FileSystemInfo", "System.IO.FileStream", "System.IO.FileSystemWatcher", "System.IO.DriveInfo",
        "System.IO.Enumeration.FileSystemEnumerable`1",
    ];

    private static readonly string EnginePath = typeof(DocxTemplate).Assembly.Location;

    [Fact]
    public void TheEngineReferencesNeitherYamlNorTheCatalog()
    {
        var references = typeof(DocxTemplate).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.DoesNotContain("YamlDotNet", references);
        Assert.DoesNotContain("DocGen.Catalog", references);
        Assert.Contains("Scriban.Signed", references);
    }

    [Fact]
    public void TheEngineUsesNoFileSystemType()
    {
        using var stream = File.OpenRead(EnginePath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var referenced = metadata.TypeReferences
            .Select(handle => metadata.GetTypeReference(handle))
            .Select(type => metadata.GetString(type.Namespace) + "." + metadata.GetString(type.Name))
            .ToHashSet();
        Assert.Contains("System.IO.Stream", referenced); // the reader sees the engine's references at all
        foreach (var fileSystemType in FileSystemTypes) Assert.DoesNotContain(fileSystemType, referenced);
    }
}
