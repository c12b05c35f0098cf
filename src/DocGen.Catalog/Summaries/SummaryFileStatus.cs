using System.Text.Json.Serialization;

namespace DocGen.Templates.Summaries;

/// <summary>What became of one file (or JSON item) sent in for a summary.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SummaryFileStatus>))]
public enum SummaryFileStatus
{
    /// <summary>Read and put into one or more rows.</summary>
    [JsonStringEnumMemberName("mapped")] Mapped,

    /// <summary>Not a Word document that can be read (not a DOCX, a DTD, a bomb, broken XML).</summary>
    [JsonStringEnumMemberName("unreadable")] Unreadable,

    /// <summary>A Word document that is none of the catalog's forms.</summary>
    [JsonStringEnumMemberName("unrecognized")] Unrecognized,

    /// <summary>A form of the catalog that this summary does not collect.</summary>
    [JsonStringEnumMemberName("not-accepted")] NotAccepted,

    /// <summary>A JSON item that is not form data, or names no form or version of the catalog.</summary>
    [JsonStringEnumMemberName("invalid")] Invalid,
}
