namespace DocGen.Templates.Extraction;

/// <summary>The upload is not a Word document extraction can read; the message says why, in terms a person can act on.</summary>
/// <param name="messageZh">The same in Chinese, for the pages and the API's problem answers.</param>
public sealed class UnreadableDocumentException(string message, string messageZh) : Exception(message)
{
    public string MessageZh { get; } = messageZh;
}
