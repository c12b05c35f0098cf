namespace DocGen.Templates.Extraction;

internal sealed record IterationEndStep : Step;
