using System.CommandLine;
using DocGen.Templates.Catalog;
using DocGen.Templates.Inspection;

namespace DocGen.Cli.Commands;

/// <summary><c>docgen dump</c>: a diffable text view of a template (paragraphs, tables, merges, tags).</summary>
internal static class DumpCommand
{
    public static Command Create()
    {
        var target = new Argument<string>("target") { Description = "a .docx file or a form id (a/f[@version])" };
        var blank = new Option<bool>("--blank") { Description = "dump the blank render (the version's constants filled in: issuer, years) instead of the template" };
        var command = new Command("dump", "Print a text view of a template for review and diff.") { target, blank };
        command.SetAction(parse =>
        {
            var value = parse.GetValue(target)!;
            byte[] bytes;
            if (File.Exists(value))
            {
                bytes = File.ReadAllBytes(value);
            }
            else
            {
                using var catalog = CommonOptions.OpenCatalog(parse);
                var found = CommonOptions.Resolve(catalog, value, null);
                if (found is null) return 2;
                bytes = parse.GetValue(blank)
                    ? FormToFill.Of(found).RenderBlank()
                    : found.TemplateBytes;
            }
            Console.Write(TemplateDumper.Dump(bytes));
            return 0;
        });
        return command;
    }
}
