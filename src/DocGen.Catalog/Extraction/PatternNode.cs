namespace DocGen.Templates.Extraction;

/// <summary>A piece of a form's structure as a filled copy of it must show it: fixed paragraphs, slots, tables, repetitions, alternatives.</summary>
internal abstract class PatternNode;
