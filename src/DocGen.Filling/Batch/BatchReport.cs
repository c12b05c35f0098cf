using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace DocGen.Filling.Batch;

/// <summary>
/// The <c>report.json</c> entry closing every batch archive: per item its index, entry name, status and errors
/// with JSON pointers; and whether the whole input was read (a cut-off upload or an item cap leaves items out).
/// </summary>
public sealed class BatchReport(string form, string format, string mode, int limit)
{
    public const string EntryName = "report.json";

    /// <summary>The errors kept per item; a hostile item with thousands of problems does not bloat the report.</summary>
    public const int MaxErrorsPerItem = 50;

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public List<BatchReportItem> Items { get; } = [];

    public int Succeeded => Items.Count(i => i.Status == BatchItemStatus.Ok);

    public int Failed => Items.Count - Succeeded;

    /// <summary>Items past the cap, counted but not rendered.</summary>
    public int Skipped { get; set; }

    /// <summary>Why the input ended before its end (cut off, over the size limit, trailing garbage); null when it was read whole.</summary>
    public string? InputProblem { get; set; }

    internal void Add(int index, string? name, BatchItemStatus status, IReadOnlyList<BatchError> errors) =>
        Items.Add(new BatchReportItem(index, name, status, errors.Take(MaxErrorsPerItem).ToList(), Math.Max(0, errors.Count - MaxErrorsPerItem)));

    internal byte[] ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("form", form);
            writer.WriteString("format", format);
            writer.WriteString("mode", mode);
            writer.WriteNumber("items", Items.Count);
            writer.WriteNumber("succeeded", Succeeded);
            writer.WriteNumber("failed", Failed);
            writer.WriteNumber("limit", limit);
            writer.WriteNumber("skipped", Skipped);
            writer.WriteBoolean("complete", InputProblem is null && Skipped == 0);
            if (InputProblem is not null) writer.WriteString("inputProblem", InputProblem);
            writer.WriteStartArray("results");
            foreach (var item in Items)
            {
                writer.WriteStartObject();
                writer.WriteNumber("index", item.Index);
                if (item.Name is null) writer.WriteNull("name");
                else writer.WriteString("name", item.Name);
                writer.WriteString("status", item.Status.ToString().ToLowerInvariant());
                writer.WriteStartArray("errors");
                foreach (var error in item.Errors)
                {
                    writer.WriteStartObject();
                    writer.WriteString("pointer", error.Pointer);
                    if (error.Field is null) writer.WriteNull("field");
                    else writer.WriteString("field", error.Field);
                    writer.WriteString("message", error.Message);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                if (item.MoreErrors > 0) writer.WriteNumber("moreErrors", item.MoreErrors);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
