namespace DocGen.Authoring.Parsing;

/// <summary>One comma-separated entry of a <c>{…}</c> option list: a flag or <c>key=value</c>.</summary>
internal sealed record OptionItem(string Key, string? Value);
