using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using DocGen.Templates.Versions;

namespace DocGen.Cli.Commands;

/// <summary><c>docgen diff a/b@2023 a/b@2024</c>: what changed between two versions (text, table rows and merges, schema fields), as JSON.</summary>
internal static class DiffCommand
{
    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static Command Create()
    {
        var from = new Argument<string>("from") { Description = "the older version, authority/form@version" };
        var to = new Argument<string>("to") { Description = "the newer version, authority/form@version" };
        var command = new Command("diff", "List the differences between two versions of a form: text, table rows and merges, schema fields.") { from, to };
        command.SetAction(parse =>
        {
            using var catalog = CommonOptions.OpenCatalog(parse);
            var older = CommonOptions.Resolve(catalog, parse.GetValue(from)!, null);
            var newer = CommonOptions.Resolve(catalog, parse.GetValue(to)!, null);
            if (older is null || newer is null) return 2;
            Console.WriteLine(JsonSerializer.Serialize(VersionDiff.Compare(older, newer), Json));
            return 0;
        });
        return command;
    }
}
