using System.CommandLine;
using DocGen.Conversion;
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
            var (json, hash) = DataFile.Read(dataFile);
            if (json is null) return 2;
            using (json)
            {
                var mode = dataFile is null ? ValidationMode.Draft : parse.GetValue(ValidateCommand.Mode);
                var (prepared, errors) = found.Prepare(json.RootElement, mode);
                if (prepared is not { } filled)
                {
                    foreach (var error in errors) Console.Error.WriteLine(error);
                    return 1;
                }
                var result = found.Template.Render(filled, found.RenderOptionsFor(hash));
                if (!result.Succeeded)
                {
                    foreach (var problem in result.Problems) Console.Error.WriteLine(problem);
                    return 1;
                }
                var kind = parse.GetValue(format)!;
                var bytes = result.Document!;
                if (kind != "docx")
                {
                    var properties = found.PropertiesFor(hash);
                    bytes = PdfOnce.Convert(bytes, new PdfConversionOptions { PdfA = kind == "pdfa", Title = properties.Title, Subject = properties.Subject, Keywords = properties.Keywords });
                }
                var extension = kind == "docx" ? ".docx" : ".pdf";
                var target = parse.GetValue(output)?.FullName ?? Path.Combine(Directory.GetCurrentDirectory(), found.FileNameFor(json.RootElement) + extension);
                File.WriteAllBytes(target, bytes);
                Console.WriteLine($"wrote {target} ({bytes.Length:N0} bytes, {found.Key})");
                return 0;
            }
        });
        return command;
    }
}
