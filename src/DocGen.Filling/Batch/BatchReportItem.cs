namespace DocGen.Filling.Batch;

/// <summary>The report line of one item: its position in the input, its entry name when it has a document, its problems.</summary>
public sealed record BatchReportItem(int Index, string? Name, BatchItemStatus Status, IReadOnlyList<BatchError> Errors, int MoreErrors = 0);
