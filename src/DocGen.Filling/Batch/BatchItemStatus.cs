namespace DocGen.Filling.Batch;

/// <summary>What became of one item: only <see cref="Ok"/> items have a document in the archive.</summary>
public enum BatchItemStatus
{
    Ok,

    /// <summary>Not JSON, not an object, empty or over the item size cap.</summary>
    Malformed,

    /// <summary>Valid JSON that the form's schema or rules reject.</summary>
    Invalid,

    /// <summary>The document could not be made (an image the engine refuses, a PDF conversion failure).</summary>
    Failed,
}
