using System.Text.Json;

namespace DocGen.Validation;

/// <summary>What <see cref="FormDataReader"/> made of some bytes: the parsed object (the caller disposes it), or the problem.</summary>
/// <param name="Hash">SHA-256 of the bytes as read, lower-case hex.</param>
public sealed record FormDataReading(JsonDocument? Document, string Hash, FormDataProblem? Problem);
