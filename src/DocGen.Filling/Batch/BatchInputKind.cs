namespace DocGen.Filling.Batch;

/// <summary>How a batch's items are laid out in its input.</summary>
public enum BatchInputKind
{
    /// <summary>One JSON array whose elements are the items.</summary>
    Array,

    /// <summary>JSON Lines: one item per line.</summary>
    Lines,

    /// <summary>Decided by the first character: <c>[</c> is an array, anything else JSON Lines (files given to the CLI).</summary>
    Sniff,
}
