namespace DocGen.Templates.Extraction;

/// <summary>A repetition of a loop begins: what follows up to its <see cref="IterationEndStep"/> is one item.</summary>
internal sealed record IterationStartStep(RepeatPattern Pattern) : Step;
