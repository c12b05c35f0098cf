using System.CommandLine;
using System.Security.Cryptography;
using System.Text.Json;
using DocGen.Filling;
using DocGen.Templates.Catalog;
using DocGen.Templates.Extraction;
using DocGen.Templates.Summaries;
using DocGen.Validation;

namespace DocGen.Cli.Commands;

/// <summary><c>docgen summary</c>: a summary table filled from the filled forms it collects, as POST …/summary does.</summary>
internal static class SummaryCommand
{
    public static Command Create()
    {
        var form = new Argument<string>("form") { Description = "the summary form, authority/form[@version] (e.g. henan/recommendation-summary)" };
        var input = new Argument<FileSystemInfo>("input") { Description = "a ZIP of filled Word forms, a folder of them (and of .json data files), or a JSON file (an array of {form, version, data})" };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "the summary to write, .docx or .pdf (default: the form's file name, .docx, in the current folder)" };
        var report = new Option<FileInfo?>("--report") { Description = "write report.json here: which file went to which row, what was missing, what was not used" };
        var set = new Option<string[]>("--set") { Description = "a header field of the summary, field=value (e.g. --set region=鹤壁市 --set recommender=鹤壁市工业和信息化局)", AllowMultipleArgumentsPerToken = false };
        var command = new Command("summary", "Fill a summary table (推荐汇总表, 案例汇总表) from the filled forms it collects: each file is recognised, read back and put into a row.")
            { form, input, output, report, set };
        command.SetAction(parse =>
        {
            using var catalog = CommonOptions.OpenCatalog(parse);
            var found = CommonOptions.Resolve(catalog, parse.GetValue(form)!, null);
            if (found is null) return 2;
            var builder = SummaryBuilder.For(found, catalog.Current);
            if (builder is null)
            {
                Console.Error.WriteLine($"error: {found.Key} is no summary; summaries: {string.Join(", ", catalog.Current.Forms.Where(f => f.Latest.Manifest.Summary is not null).Select(f => f.Id))}");
                return 2;
            }
            foreach (var assignment in parse.GetValue(set) ?? [])
            {
                var equals = assignment.IndexOf('=');
                var wrong = equals <= 0 ? $"--set takes field=value, not \"{assignment}\"" : builder.SetHeader(assignment[..equals], assignment[(equals + 1)..]);
                if (wrong is not null)
                {
                    Console.Error.WriteLine($"error: {wrong}");
                    return 2;
                }
            }
            if (Add(builder, parse.GetValue(input)!) is { } unusable)
            {
                Console.Error.WriteLine($"error: {unusable}");
                return 2;
            }

            var result = builder.Finish();
            foreach (var file in result.Report.Results) Console.Error.WriteLine(Describe(file));
            if (parse.GetValue(report) is { } reportFile) File.WriteAllText(reportFile.FullName, JsonSerializer.Serialize(result.Report, ExtractCommand.Json) + "\n");
            if (result.Report.Mapped == 0)
            {
                Console.Error.WriteLine($"error: none of the {result.Report.Files} files is a form {found.Id} collects ({string.Join(", ", builder.Accepts)}); nothing written");
                return 1;
            }
            foreach (var error in result.Report.Errors) Console.Error.WriteLine($"note: {error.Pointer}: {error.Message}");
            var rendered = result.Render();
            if (!rendered.Succeeded)
            {
                foreach (var problem in rendered.Problems) Console.Error.WriteLine(problem);
                return 1;
            }
            var target = parse.GetValue(output)?.FullName ?? Path.Combine(Directory.GetCurrentDirectory(), found.FileNameFor(result.Data) + ".docx");
            var bytes = rendered.Document!;
            if (Path.GetExtension(target).Equals(".pdf", StringComparison.OrdinalIgnoreCase))
            {
                var hash = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(result.Data)));
                using var pdf = new PdfOnce();
                var converted = new FormFiller(pdf.Converter).ConvertAsync(FormToFill.Of(found), bytes, hash, OutputFormat.Pdf, CancellationToken.None).GetAwaiter().GetResult();
                if (converted.PdfFailure is { } failure)
                {
                    Console.Error.WriteLine($"error: no PDF: {PdfFailureText.Describe(failure)}");
                    return 1;
                }
                PdfOnce.Note(converted.FontSubstitutions);
                bytes = converted.Document!;
            }
            File.WriteAllBytes(target, bytes);
            Console.WriteLine($"wrote {target} ({bytes.Length:N0} bytes, {found.Key}, {result.Report.Mapped} of {result.Report.Files} files, "
                + string.Join(", ", result.Report.Rows.Select(r => $"{r.Key} {r.Value}")) + ")");
            return 0;
        });
        return command;
    }

    // A folder is read in name order; its .json files are data, every other file is taken for a Word document.
    private static string? Add(SummaryBuilder builder, FileSystemInfo input)
    {
        if (input is DirectoryInfo { Exists: true } folder)
        {
            foreach (var file in folder.EnumerateFiles("*", SearchOption.AllDirectories).OrderBy(f => f.FullName, StringComparer.Ordinal))
            {
                var name = Path.GetRelativePath(folder.FullName, file.FullName);
                if (file.Extension.Equals(".json", StringComparison.OrdinalIgnoreCase)) AddJson(builder, file, name);
                else builder.AddDocument(name, File.ReadAllBytes(file.FullName));
            }
            return null;
        }
        var path = new FileInfo(input.FullName);
        if (!path.Exists) return $"{input.FullName} does not exist";
        if (path.Extension.Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            AddJson(builder, path, null);
            return null;
        }
        try
        {
            builder.AddArchive(File.ReadAllBytes(path.FullName));
            return null;
        }
        catch (UnreadableDocumentException e)
        {
            return $"{path.Name}: {e.Message}";
        }
    }

    // A JSON file holds one item or an array of them.
    private static void AddJson(SummaryBuilder builder, FileInfo file, string? name)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(file.FullName), new JsonDocumentOptions { MaxDepth = JsonErrorText.MaxDepth });
            if (json.RootElement.ValueKind != JsonValueKind.Array)
            {
                builder.AddData(name ?? file.Name, json.RootElement);
            }
            else
            {
                var index = 0;
                foreach (var item in json.RootElement.EnumerateArray()) builder.AddData($"{name ?? file.Name}[{index++}]", item);
            }
        }
        catch (JsonException e)
        {
            builder.Refuse(name ?? file.Name, SummaryFileStatus.Invalid, $"not valid JSON: {e.Message}");
        }
    }

    private static string Describe(SummaryFile file)
    {
        var name = file.Name ?? $"item {file.Index}";
        if (file.Status != SummaryFileStatus.Mapped) return $"{name}: {JsonSerializer.Serialize(file.Status).Trim('"')}: {file.Message}";
        var missing = file.Missing.Count == 0 ? "" : $"; missing {string.Join(", ", file.Missing.Select(m => $"{m.Field} ({m.Title})"))}";
        return $"{name}: {file.Form}@{file.Version} → {string.Join(", ", file.Rows.Select(r => r.Pointer))}{missing}";
    }
}
