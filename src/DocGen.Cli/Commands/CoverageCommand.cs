using System.CommandLine;
using DocGen.Templates.Inspection;

namespace DocGen.Cli.Commands;

/// <summary><c>docgen coverage</c>: how much of each notice's text the blank forms reproduce, in order.</summary>
internal static class CoverageCommand
{
    public static Command Create()
    {
        var seeds = new Option<DirectoryInfo>("--seeds") { Description = "the folder of notice texts named in form.yaml source.seed", Required = true };
        var command = new Command("coverage", "Measure each official form's blank render against its notice text (share of the seed lines found in order).") { seeds };
        command.SetAction(parse =>
        {
            using var catalog = CommonOptions.OpenCatalog(parse);
            foreach (var version in catalog.Current.Forms.SelectMany(f => f.Versions))
            {
                if (version.IsReconstructed)
                {
                    Console.WriteLine($"{version.Key,-60} reconstructed (basis: {version.Manifest.Basis})");
                    continue;
                }
                Console.WriteLine($"{version.Key,-60} {NoticeCoverage.Measure(version, parse.GetValue(seeds)!.FullName),7:P1}");
            }
            return 0;
        });
        return command;
    }
}
