namespace DocGen.Filling.Batch;

/// <summary>One problem of one item, shaped like the errors of a single render's problem+json.</summary>
public sealed record BatchError(string Pointer, string? Field, string Message);
