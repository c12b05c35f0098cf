using DocGen.Templates.Catalog;
using DocGen.Validation;

namespace DocGen.Cli.Commands;

/// <summary>The JSON data a command fills a form with, read and judged by the fill pipeline.</summary>
internal static class DataFile
{
    /// <summary>The file's data (the blank form's when no file is given), or null when the file is no JSON object (said on stderr).</summary>
    public static PreparedData? Prepare(FormToFill form, FileInfo? file, ValidationMode mode)
    {
        if (file is null) return form.PrepareBlank(CancellationToken.None);
        var prepared = form.Prepare(File.ReadAllBytes(file.FullName), mode, CancellationToken.None);
        if (prepared.Unreadable is not { } unreadable) return prepared;
        Console.Error.WriteLine(unreadable.Exception is { } e ? $"{file.Name}: error: not valid JSON: {e.Message}" : $"{file.Name}: error: the data must be a JSON object ({{…}})");
        prepared.Dispose();
        return null;
    }
}
