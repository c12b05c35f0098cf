using System.Xml.Linq;

namespace DocGen.Templates.Parsing;

/// <summary>A tag found in a part after normalisation: its text sits alone in <see cref="Run"/>.</summary>
internal sealed record TagOccurrence(XElement Run, string Text, string Location);
