namespace DocGen.Templates.Scripting;

/// <summary>Raised inside the tag parser only; the compiler turns it into a diagnostic with a location.</summary>
internal sealed class TagSyntaxException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
