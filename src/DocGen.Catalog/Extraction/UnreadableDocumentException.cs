namespace DocGen.Templates.Extraction;

/// <summary>The upload is not a Word document extraction can read; the message says why, in terms a person can act on.</summary>
public sealed class UnreadableDocumentException(string message) : Exception(message);
