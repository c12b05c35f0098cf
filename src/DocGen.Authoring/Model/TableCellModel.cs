namespace DocGen.Authoring.Model;

/// <summary>
/// A cell after horizontal merges are folded in: it starts at grid column <see cref="Column"/> and spans
/// <see cref="Span"/> columns. A <c>^</c> cell is a continuation and has no content of its own.
/// </summary>
internal sealed class TableCellModel(int column, int span, bool continuesMerge, CellFormat format, IReadOnlyList<Inline> content)
{
    public int Column { get; } = column;

    public int Span { get; set; } = span;

    public bool ContinuesMerge { get; } = continuesMerge;

    /// <summary>Set when a <c>^</c> in the row below continues this cell, so it must open the merge.</summary>
    public bool StartsMerge { get; set; }

    public CellFormat Format { get; } = format;

    public IReadOnlyList<Inline> Content { get; } = content;
}
