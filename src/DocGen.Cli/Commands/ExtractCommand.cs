using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using DocGen.Templates.Extraction;

namespace DocGen.Cli.Commands;

internal static class ExtractCommand
{
    public static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    };

    public static Command Create()
    {
        var file = new Argument<FileInfo>("document") { Description = "the filled Word form (.docx)" };
        var form = new Option<string?>("--form", "-f") { Description = "the form id, authority/form[@version] (default: recognise it from the document's fixed text)" };
        var version = CommonOptions.Version();
        var output = new Option<FileInfo?>("--output", "-o") { Description = "write the JSON here instead of to standard output" };
        var command = new Command("extract", "Read a filled Word form (by DocGen or by hand) back into the form's JSON: data, errors, unmatched text.")
            { file, form, version, ValidateCommand.Mode, output };
        command.SetAction(parse =>
        {
            using var catalog = CommonOptions.OpenCatalog(parse);
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                Console.Error.WriteLine($"error: {path.FullName} does not exist");
                return 2;
            }
            FilledDocument document;
            try
            {
                document = FilledDocument.Read(File.ReadAllBytes(path.FullName));
            }
            catch (UnreadableDocumentException e)
            {
                Console.Error.WriteLine($"error: {path.Name}: {e.Message}");
                return 2;
            }
            ExtractionReport report;
            if (parse.GetValue(form) is { } id)
            {
                var found = CommonOptions.Resolve(catalog, id, parse.GetValue(version));
                if (found is null) return 2;
                report = ExtractionReport.From(FormExtractor.Extract(found, document, parse.GetValue(ValidateCommand.Mode)));
            }
            else
            {
                var candidates = FormExtractor.Recognize(catalog.Current, document);
                if (candidates.Count == 0 || candidates[0].Score < FormExtractor.RecognitionThreshold)
                {
                    Console.Error.WriteLine($"error: {path.Name} is none of the catalog's forms; closest: "
                        + string.Join(", ", candidates.Take(3).Select(c => $"{c.Form.Key} ({c.Score:P0})")));
                    return 1;
                }
                report = ExtractionReport.From(FormExtractor.Extract(candidates[0].Form, document, parse.GetValue(ValidateCommand.Mode)), candidates[0].Score);
            }
            var json = JsonSerializer.Serialize(report, Json) + "\n";
            if (parse.GetValue(output) is { } target) File.WriteAllText(target.FullName, json);
            else Console.Out.Write(json);
            Console.Error.WriteLine($"{path.Name}: {report.Form}@{report.Version}{(report.Recognition is { } r ? $" (recognised, {r:P0} of its fixed text)" : "")}, "
                + $"{report.Errors.Count} problems, {report.Unmatched.Count} unmatched texts");
            return 0;
        });
        return command;
    }
}
