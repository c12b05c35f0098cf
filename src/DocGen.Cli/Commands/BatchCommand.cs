using System.CommandLine;
using DocGen.Filling;
using DocGen.Filling.Batch;

namespace DocGen.Cli.Commands;

/// <summary>
/// <c>docgen batch</c>: the API's render-batch from a file. Items are read and rendered one at a time into the ZIP
/// (the file is read twice, first only to count, so the progress bar knows its end).
/// </summary>
internal static class BatchCommand
{
    public static Command Create()
    {
        var form = CommonOptions.FormId();
        var version = CommonOptions.Version();
        var data = new Option<FileInfo>("--data", "-d") { Description = "the items: a JSON array (items.json) or JSON Lines (items.jsonl)", Required = true };
        var output = new Option<FileInfo>("--output", "-o") { Description = "the ZIP to write", Required = true };
        var format = new Option<string>("--format", "-f") { Description = "docx, pdf or pdfa (PDF/A-2b)", DefaultValueFactory = _ => "docx" };
        format.AcceptOnlyFromAmong("docx", "pdf", "pdfa");
        var name = new Option<string?>("--name", "-n") { Description = "the field that names each document: a JSON pointer (/company/name) or a path (company.name); default: the form's file name" };
        var limit = new Option<int>("--max-items") { Description = "items rendered at most; the rest are counted as skipped", DefaultValueFactory = _ => 100_000 };
        var command = new Command("batch", "Fill a form once per item of a JSON array or JSON Lines file; writes a ZIP of documents with report.json.")
            { form, version, data, output, format, name, ValidateCommand.Mode, limit };
        command.SetAction(parse => Run(parse, form, version, data, output, format, name, limit));
        return command;
    }

    private static int Run(ParseResult parse, Argument<string> form, Option<string?> version, Option<FileInfo> data, Option<FileInfo> output,
        Option<string> format, Option<string?> name, Option<int> limit)
    {
        using var catalog = CommonOptions.OpenCatalog(parse);
        var found = CommonOptions.Resolve(catalog, parse.GetValue(form)!, parse.GetValue(version));
        if (found is null) return 2;
        var (namer, badName) = BatchNamer.Create(parse.GetValue(name), BatchReport.EntryName);
        if (namer is null)
        {
            Console.Error.WriteLine("error: " + badName);
            return 2;
        }
        var input = parse.GetValue(data)!;
        if (!input.Exists)
        {
            Console.Error.WriteLine($"error: {input.FullName} does not exist");
            return 2;
        }
        var kind = Enum.Parse<OutputFormat>(parse.GetValue(format)!, ignoreCase: true);
        var total = Count(input);
        var progress = new ProgressLine(Math.Min(total, parse.GetValue(limit)));
        using var pdf = kind == OutputFormat.Docx ? null : new PdfOnce();
        var settings = new BatchSettings
        {
            Format = kind,
            Mode = parse.GetValue(ValidateCommand.Mode),
            Namer = namer,
            MaxItems = parse.GetValue(limit),
            Converter = pdf?.Converter,
            Progress = progress.Show,
        };
        var target = parse.GetValue(output)!.FullName;
        BatchReport report;
        using (var source = File.OpenRead(input.FullName))
        using (var zip = File.Create(target))
        {
            var items = BatchItemReader.ReadAsync(source, BatchInputKind.Sniff, int.MaxValue, CancellationToken.None);
            report = new BatchRunner(found, settings).RunAsync(items, zip, CancellationToken.None).GetAwaiter().GetResult();
        }
        progress.Finish();
        foreach (var item in report.Items.Where(i => i.Status != BatchItemStatus.Ok))
        {
            foreach (var error in item.Errors)
                Console.Error.WriteLine($"item {item.Index}: {item.Status.ToString().ToLowerInvariant()}: {(error.Pointer.Length > 0 ? error.Pointer + ": " : "")}{error.Message}");
        }

        if (report.InputProblem is not null) Console.Error.WriteLine($"{input.Name}: error: {report.InputProblem}");
        if (report.Skipped > 0) Console.Error.WriteLine($"note: {report.Skipped} items over --max-items were skipped");
        Console.WriteLine($"wrote {target} ({report.Succeeded} of {report.Items.Count} documents, {found.Key}; report.json inside)");
        return report.Failed == 0 && report.InputProblem is null ? 0 : 1;
    }

    private static int Count(FileInfo input)
    {
        using var source = File.OpenRead(input.FullName);
        var count = 0;
        var items = BatchItemReader.ReadAsync(source, BatchInputKind.Sniff, 0, CancellationToken.None).GetAsyncEnumerator();
        while (items.MoveNextAsync().AsTask().GetAwaiter().GetResult())
            if (!items.Current.Fatal) count++;
        return count;
    }

    /// <summary>
    /// A progress bar on stderr, redrawn in place on a terminal; when stderr is a file or pipe, a plain line every
    /// tenth of the way instead of thousands of carriage returns.
    /// </summary>
    private sealed class ProgressLine(int total)
    {
        private const int Width = 30;
        private int _lastTenth = -1;
        private bool _drawn;

        public void Show(BatchProgress progress)
        {
            var done = progress.Done + progress.Skipped;
            var fraction = total == 0 ? 1.0 : Math.Min(1.0, (double)done / total);
            var failed = progress.Done - progress.Succeeded;
            if (Console.IsErrorRedirected)
            {
                var tenth = (int)(fraction * 10);
                if (tenth == _lastTenth) return;
                _lastTenth = tenth;
                Console.Error.WriteLine($"{done}/{total} items, {progress.Succeeded} documents, {failed} refused");
                return;
            }
            var filled = (int)(fraction * Width);
            Console.Error.Write($"\r[{new string('#', filled)}{new string('-', Width - filled)}] {done}/{total}  {progress.Succeeded} ok  {failed} refused ");
            _drawn = true;
        }

        public void Finish()
        {
            if (_drawn) Console.Error.WriteLine();
        }
    }
}
