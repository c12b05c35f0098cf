using System.CommandLine;
using DocGen.Templates.Catalog;

namespace DocGen.Cli.Commands;

/// <summary>Options several commands share, and the catalog they open.</summary>
internal static class CommonOptions
{
    public static readonly Option<DirectoryInfo?> Templates = new("--templates")
    {
        Description = "the templates folder (default: $DOCGEN_TEMPLATES, else the repository's templates/)",
        Recursive = true,
    };

    public static Option<string?> Version() => new("--version", "-v") { Description = "the template version (default: the latest)" };

    public static Argument<string> FormId() => new("form") { Description = "the form id, authority/form (e.g. guangzhou/case-summary)" };

    public static FormCatalog OpenCatalog(ParseResult parse)
    {
        var root = parse.GetValue(Templates)?.FullName ?? Environment.GetEnvironmentVariable("DOCGEN_TEMPLATES") ?? FindTemplates();
        return new FormCatalog(root);
    }

    /// <summary>Resolves authority/form[@version]; prints what exists instead when it cannot.</summary>
    public static FormVersion? Resolve(FormCatalog catalog, string id, string? version)
    {
        var reference = FormReference.Parse(id);
        var entry = reference is null ? null : catalog.Current.Find(reference.Authority, reference.Form);
        if (entry is null)
        {
            var named = reference?.Id ?? id;
            Console.Error.WriteLine($"error: no form {named}; did you mean: {string.Join(", ", catalog.Current.Suggest(named))}");
            return null;
        }
        version = reference!.Version ?? version;
        var found = entry.Find(version);
        if (found is null) Console.Error.WriteLine($"error: {entry.Id} has no version {version}; versions: {string.Join(", ", entry.Versions.Select(v => v.Version))}");
        return found;
    }

    private static string FindTemplates()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DocGen.sln"))) return Path.Combine(dir.FullName, "templates");
        return Path.Combine(Directory.GetCurrentDirectory(), "templates");
    }
}
