using System.Text.Json.Serialization;

namespace DocGen.Api.Templates;

/// <summary>What a template check compared the template with, so the report can say why (not) a catalog form.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CheckComparison>))]
internal enum CheckComparison
{
    /// <summary>The catalog form whose fixed text the template shows.</summary>
    [JsonStringEnumMemberName("recognized")] Recognized,

    /// <summary>The catalog form the official chose.</summary>
    [JsonStringEnumMemberName("chosen")] Chosen,

    /// <summary>No catalog form: the official chose 不对照 (<c>form=none</c>).</summary>
    [JsonStringEnumMemberName("none-chosen")] NoneChosen,

    /// <summary>No catalog form: none was chosen and the template's fixed text matches none.</summary>
    [JsonStringEnumMemberName("not-recognized")] NotRecognized,

    /// <summary>No catalog form: none was chosen and the official uploaded a schema of their own, so none was looked for.</summary>
    [JsonStringEnumMemberName("own-schema")] OwnSchema,
}
