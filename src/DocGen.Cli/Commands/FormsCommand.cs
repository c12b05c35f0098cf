using System.CommandLine;

namespace DocGen.Cli.Commands;

/// <summary><c>docgen forms</c>: the catalog, and any version that failed to load.</summary>
internal static class FormsCommand
{
    public static Command Create()
    {
        var command = new Command("forms", "List the forms, their versions and provenance, and broken versions.");
        command.SetAction(parse =>
        {
            using var catalog = CommonOptions.OpenCatalog(parse);
            foreach (var form in catalog.Current.Forms)
            {
                var latest = form.Latest.Manifest;
                Console.WriteLine($"{form.Id,-52} {string.Join(",", form.Versions.Select(v => v.Version)),-10} {latest.Provenance,-13} {latest.Title}");
                if (latest.Provenance == "reconstructed") Console.WriteLine($"{"",52}   basis ({latest.Confidence}): {latest.Basis}");
            }
            foreach (var problem in catalog.Current.Problems)
            {
                Console.WriteLine($"broken: {problem.Key}");
                foreach (var d in problem.Diagnostics.Where(d => d.IsError)) Console.WriteLine($"  {d}");
            }
            return catalog.Current.Problems.Count > 0 ? 1 : 0;
        });
        return command;
    }
}
