namespace DocGen.Authoring.Model;

/// <summary>A <c>.table … .end</c> block; every row covers exactly <see cref="Columns"/> grid columns.</summary>
internal sealed record TableBlock(int Line, IReadOnlyList<double> Columns, string? Font, int? HalfPoints, IReadOnlyList<TableRowModel> Rows) : Block(Line);
