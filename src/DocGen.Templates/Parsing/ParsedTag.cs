using DocGen.Templates.Scripting;

namespace DocGen.Templates.Parsing;

/// <summary>A tag occurrence together with what it says.</summary>
internal sealed record ParsedTag(TagOccurrence Occurrence, Tag Tag);
