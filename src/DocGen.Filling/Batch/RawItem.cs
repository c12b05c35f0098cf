namespace DocGen.Filling.Batch;

/// <summary>
/// One item cut out of a batch input, not yet parsed: its bytes, or why it has none. A fatal item ends the
/// input (it was cut off, or is not a batch at all); the items before it stand.
/// </summary>
public sealed record RawItem(int Index, byte[]? Bytes, string? Error, bool Fatal = false);
