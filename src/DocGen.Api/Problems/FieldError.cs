namespace DocGen.Api.Problems;

/// <summary>One problem with the data: where it is, the field's label as the form prints it, what is wrong.</summary>
/// <param name="Pointer">JSON pointer into the request body (RFC 6901), e.g. <c>/company/intro</c>; empty for a template problem.</param>
/// <param name="Field">The field's label on the form (Chinese), or the template tag for a template problem.</param>
/// <param name="Message">What is wrong (Chinese).</param>
internal sealed record FieldError(string Pointer, string? Field, string Message);
