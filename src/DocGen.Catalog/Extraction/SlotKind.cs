namespace DocGen.Templates.Extraction;

/// <summary>How a value tag prints its field, and so how the printed text is read back.</summary>
internal enum SlotKind
{
    /// <summary>Plain text (line breaks allowed).</summary>
    Text,
    /// <summary>Multi-line text printed as one paragraph per line.</summary>
    Paragraphs,
    Number,
    Date,
    /// <summary>☑ or □ for one choice; <see cref="FieldSlot.Argument"/> is the choice, null for a yes/no box.</summary>
    Check,
    Image,
    /// <summary>An array of strings printed with a separator (<see cref="FieldSlot.Argument"/>).</summary>
    Join,
    /// <summary>Printed by the template itself (a 序号, a version constant): nothing to read back.</summary>
    Fixed,
}
