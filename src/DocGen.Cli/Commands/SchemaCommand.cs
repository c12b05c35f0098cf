using System.CommandLine;

namespace DocGen.Cli.Commands;

internal static class SchemaCommand
{
    public static Command Create()
    {
        var form = CommonOptions.FormId();
        var version = CommonOptions.Version();
        var command = new Command("schema", "Print a form's JSON Schema.") { form, version };
        command.SetAction(parse =>
        {
            using var catalog = CommonOptions.OpenCatalog(parse);
            var found = CommonOptions.Resolve(catalog, parse.GetValue(form)!, parse.GetValue(version));
            if (found is null) return 2;
            Console.WriteLine(found.Schema.Root.GetRawText());
            return 0;
        });
        return command;
    }
}
