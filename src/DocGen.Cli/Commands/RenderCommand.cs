using System.CommandLine;
using DocGen.Filling;
using DocGen.Templates.Catalog;
using DocGen.Validation;

namespace DocGen.Cli.Commands;

internal static class RenderCommand
{
    public static Command Create()
    {
        var form = CommonOptions.FormId();
        var version = CommonOptions.Version();
        var data = new Option<FileInfo?>("--data", "-d") { Description = "the JSON data (omit for the blank form)" };
        var sample = new Option<string?>("--sample", "-s") { Description = "render one of the version's samples by name" };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "where to write the document (default: the form's file name in the current folder)" };
        var format = new Option<string>("--format", "-f") { Description = "docx, pdf or pdfa (PDF/A-2b)", DefaultValueFactory = _ => "docx" };
        format.AcceptOnlyFromAmong("docx", "pdf", "pdfa");
        var command = new Command("render", "Fill a form with JSON data (or blank) and write the DOCX or PDF.") { form, version, data, sample, ValidateCommand.Mode, format, output };
        command.SetAction(parse =>
        {
            using var catalog = CommonOptions.OpenCatalog(parse);
            var found = CommonOptions.Resolve(catalog, parse.GetValue(form)!, parse.GetValue(version));
            if (found is null) return 2;
            var dataFile = parse.GetValue(data);
            if (parse.GetValue(sample) is { } name)
            {
                if (!found.Samples.TryGetValue(name, out var path))
                {
                    Console.Error.WriteLine($"error: {found.Key} has no sample {name}; samples: {string.Join(", ", found.Samples.Keys)}");
                    return 2;
                }
                dataFile = new FileInfo(path);
            }
            var fillable = FormToFill.Of(found);
            using var prepared = DataFile.Prepare(fillable, dataFile, parse.GetValue(ValidateCommand.Mode));
            if (prepared is null) return 2;
            foreach (var error in prepared.Errors) Console.Error.WriteLine(error);
            if (prepared.Errors.Count > 0) return 1;

            var kind = Enum.Parse<OutputFormat>(parse.GetValue(format)!, ignoreCase: true);
            // LibreOffice starts only once the data is known to be good.
            using var pdf = kind == OutputFormat.Docx ? null : new PdfOnce();
            var result = new FormFiller(pdf?.Converter).FillAsync(fillable, prepared, kind, CancellationToken.None).GetAwaiter().GetResult();
            foreach (var problem in result.RenderProblems) Console.Error.WriteLine(problem);
            if (result.PdfFailure is { } failure) Console.Error.WriteLine($"error: no PDF: {PdfFailureText.Describe(failure)}");
            if (result.Outcome != FillOutcome.Filled) return 1;
            PdfOnce.Note(result.FontSubstitutions);
            var target = parse.GetValue(output)?.FullName ?? Path.Combine(Directory.GetCurrentDirectory(), result.FileName + kind.Extension());
            File.WriteAllBytes(target, result.Document!);
            Console.WriteLine($"wrote {target} ({result.Document!.Length:N0} bytes, {found.Key})");
            return 0;
        });
        return command;
    }
}
