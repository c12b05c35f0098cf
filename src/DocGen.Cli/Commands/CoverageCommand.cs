using System.CommandLine;
using DocGen.Templates.Inspection;

namespace DocGen.Cli.Commands;

/// <summary><c>docgen coverage</c>: how much of each notice's text the blank forms reproduce, in order.</summary>
internal static class CoverageCommand
{
    public static Command Create()
    {
        var command = new Command("coverage", "Measure each official form's blank render against its notice text (share of the source lines of notices/ found in order).");
        command.SetAction(parse =>
        {
            using var catalog = CommonOptions.OpenCatalog(parse);
            var status = 0;
            foreach (var version in catalog.Current.Forms.SelectMany(f => f.Versions))
            {
                if (version.IsReconstructed)
                {
                    Console.WriteLine($"{version.Key,-60} reconstructed (basis: {version.Manifest.Basis})");
                    continue;
                }
                var coverage = NoticeCoverage.Measure(version);
                if (coverage is null) status = 1;
                Console.WriteLine(coverage is { } share
                    ? $"{version.Key,-60} {share,7:P1}  {version.Manifest.Source.File}:{version.Manifest.Source.Lines}"
                    : $"{version.Key,-60}   error  source.file \"{version.Manifest.Source.File}\" is missing or names no lines");
            }
            return status;
        });
        return command;
    }
}
