namespace DocGen.Filling.Batch;

/// <summary>How far a batch has come: items handled, how many of them made a document, items skipped past the cap.</summary>
public readonly record struct BatchProgress(int Done, int Succeeded, int Skipped);
