using System.Xml;

namespace DocGen.Templates.Parsing;

/// <summary>
/// Part XML that is well-formed but refused for its shape: nested deeper than <see cref="SafeXml.MaxDepth"/>, or an
/// element with more than <see cref="SafeXml.MaxAttributes"/> attributes. <see cref="MessageZh"/> says which, in Chinese.
/// </summary>
internal sealed class XmlTooComplexException(string message, string messageZh, int line, int position) : XmlException(message, null, line, position)
{
    public string MessageZh { get; } = messageZh;
}
