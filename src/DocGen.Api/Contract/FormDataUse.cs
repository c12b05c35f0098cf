namespace DocGen.Api.Contract;

/// <summary>Endpoint metadata: where the form's own data (the <c>FormData</c> schema) appears in the operation.</summary>
[Flags]
internal enum FormDataUse
{
    None = 0,
    /// <summary>The request body is one form's data.</summary>
    Body = 1,
    /// <summary>The request body is a JSON array of the form's data (or JSON Lines).</summary>
    BodyArray = 2,
    /// <summary>The 200 answer is the form's data.</summary>
    Answer = 4,
}
