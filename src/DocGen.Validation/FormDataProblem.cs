using System.Text.Json;

namespace DocGen.Validation;

/// <summary>Why bytes are no form data. Callers word the sentence for what they read (a request body, a batch item, a sample).</summary>
/// <param name="Exception">The parser's failure, with line and position; null for <see cref="FormDataProblemKind.NotObject"/>.</param>
public sealed record FormDataProblem(FormDataProblemKind Kind, JsonException? Exception)
{
    /// <summary>Where and why parsing failed, in Chinese (<see cref="JsonErrorText.Describe"/>); empty when the JSON parsed.</summary>
    public string ParseFailure => Exception is null ? "" : JsonErrorText.Describe(Exception);
}
