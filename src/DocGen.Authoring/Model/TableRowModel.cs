namespace DocGen.Authoring.Model;

internal sealed record TableRowModel(int Line, IReadOnlyList<TableCellModel> Cells, double? MinHeightCm, bool Header, bool CantSplit);
