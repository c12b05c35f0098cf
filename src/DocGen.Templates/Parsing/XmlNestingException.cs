using System.Xml;

namespace DocGen.Templates.Parsing;

/// <summary>Part XML nested deeper than <see cref="SafeXml.MaxDepth"/>: well-formed, but refused.</summary>
internal sealed class XmlNestingException(string message, int line, int position) : XmlException(message, null, line, position);
