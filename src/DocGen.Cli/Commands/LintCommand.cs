using System.CommandLine;
using DocGen.Templates.Catalog;

namespace DocGen.Cli.Commands;

/// <summary><c>docgen lint</c>: everything wrong with a version folder (or a catalog form), before it is published.</summary>
internal static class LintCommand
{
    public static Command Create()
    {
        var target = new Argument<string>("target") { Description = "a version folder (templates/a/f/2024) or a form id (a/f[@version])" };
        var command = new Command("lint", "Check a template version against its schema: tags, fields, loops, check-box values, unused fields, samples.") { target };
        command.SetAction(parse =>
        {
            var value = parse.GetValue(target)!;
            string directory;
            if (Directory.Exists(value))
            {
                directory = value;
            }
            else
            {
                using var catalog = CommonOptions.OpenCatalog(parse);
                var reference = FormReference.Parse(value);
                var formDirectory = reference is null ? "" : Path.Combine(catalog.Root, reference.Authority, reference.Form);
                if (!Directory.Exists(formDirectory))
                {
                    Console.Error.WriteLine($"error: no folder or form {value}; did you mean: {string.Join(", ", catalog.Current.Suggest(reference?.Id ?? value))}");
                    return 2;
                }
                var versions = Directory.EnumerateDirectories(formDirectory).Select(Path.GetFileName).OrderBy(v => v, VersionOrder.Instance).ToList();
                directory = Path.Combine(formDirectory, reference!.Version ?? versions.Last()!);
            }
            var (version, diagnostics) = VersionLoader.Load(directory);
            foreach (var diagnostic in diagnostics) Console.WriteLine(diagnostic);
            var errors = diagnostics.Count(d => d.IsError);
            Console.WriteLine(errors == 0 ? $"ok: {version!.Key} ({diagnostics.Count} warnings)" : $"{errors} errors, {diagnostics.Count - errors} warnings");
            return errors == 0 ? 0 : 1;
        });
        return command;
    }
}
