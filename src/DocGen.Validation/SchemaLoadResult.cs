namespace DocGen.Validation;

/// <summary>The outcome of <see cref="FormSchema.Load"/>.</summary>
/// <param name="Schema">The usable schema, or null when there are problems.</param>
/// <param name="Problems">
/// Every problem found in the schema document, each as <c>pointer: explanation</c> where the pointer
/// points into the schema (<c>/properties/intro/maxLength: must be a non-negative integer</c>).
/// </param>
public sealed record SchemaLoadResult(FormSchema? Schema, IReadOnlyList<string> Problems);
