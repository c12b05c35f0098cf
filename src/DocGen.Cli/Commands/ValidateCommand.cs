using System.CommandLine;
using DocGen.Filling;
using DocGen.Templates.Catalog;
using DocGen.Validation;

namespace DocGen.Cli.Commands;

internal static class ValidateCommand
{
    public static readonly Option<ValidationMode> Mode = new("--mode", "-m") { Description = "draft (types, formats, limits) or final (also every required field)", DefaultValueFactory = _ => ValidationMode.Draft };

    public static Command Create()
    {
        var form = CommonOptions.FormId();
        var version = CommonOptions.Version();
        var data = new Option<FileInfo>("--data", "-d") { Description = "the JSON data", Required = true };
        var command = new Command("validate", "Check JSON data against a form; prints every problem with its field.") { form, version, data, Mode };
        command.SetAction(parse =>
        {
            using var catalog = CommonOptions.OpenCatalog(parse);
            var found = CommonOptions.Resolve(catalog, parse.GetValue(form)!, parse.GetValue(version));
            if (found is null) return 2;
            using var prepared = DataFile.Prepare(FormToFill.Of(found), parse.GetValue(data), parse.GetValue(Mode));
            if (prepared is null) return 2;
            foreach (var error in prepared.Errors) Console.WriteLine(error);
            if (prepared.Errors.Count == 0) Console.WriteLine($"ok: valid for {found.Key} ({parse.GetValue(Mode).ToString().ToLowerInvariant()})");
            return prepared.Errors.Count == 0 ? 0 : 1;
        });
        return command;
    }
}
