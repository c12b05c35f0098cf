namespace DocGen.Validation;

/// <summary>One problem in the data of a form.</summary>
/// <param name="Pointer">RFC 6901 JSON Pointer to the value in the data (<c>/projects/0/name</c>); "" for the whole document.</param>
/// <param name="Label">The Chinese label of the field (its schema <c>title</c>, else the property name).</param>
/// <param name="Message">A Chinese sentence that names the field, e.g. <c>企业简介限300字以内（当前312字）</c>.</param>
public sealed record DataError(string Pointer, string Label, string Message)
{
    public override string ToString() => $"{Pointer}: {Message}";
}
