using System.Text.Json.Serialization;

namespace DocGen.Conversion.Bridge;

/// <summary>The JSON part of a bridge answer; which members are set depends on the status.</summary>
internal sealed record BridgeReplyMeta(
    [property: JsonPropertyName("pid")] int? Pid,
    [property: JsonPropertyName("connectMs")] double? ConnectMs,
    [property: JsonPropertyName("warmUpMs")] double? WarmUpMs,
    [property: JsonPropertyName("loadMs")] double? LoadMs,
    [property: JsonPropertyName("exportMs")] double? ExportMs,
    [property: JsonPropertyName("error")] string? Error,
    [property: JsonPropertyName("fatal")] bool Fatal);
