namespace DocGen.Validation;

public enum FormDataProblemKind
{
    /// <summary>No bytes at all.</summary>
    Empty,

    /// <summary>Not JSON, or nested deeper than the limit.</summary>
    NotJson,

    /// <summary>JSON, but an array, string, number or literal instead of an object.</summary>
    NotObject,
}
