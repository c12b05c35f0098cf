using DocGen.Authoring.Model;

namespace DocGen.Authoring.Parsing;

/// <summary>Collects the rows of an open <c>.table</c>, folding <c>&gt;</c> and <c>^</c> into spans and merges.</summary>
internal sealed class TableBuilder(int line, IReadOnlyList<double>? columns, string? font, int? halfPoints, List<AuthoringError> errors)
{
    private static readonly char[] Blank = [' ', '\t'];

    private readonly List<TableRowModel> _rows = [];
    private IReadOnlyList<double>? _columns = columns;

    // After a row that could not be read, a ^ below it has nothing reliable to check against.
    private bool _previousRowBroken;

    public int Line { get; } = line;

    public void AddRow(string text, int rowLine)
    {
        if (RowSplitter.Split(text, out var splitError) is not var (rawCells, trailing))
        {
            errors.Add(new AuthoringError(rowLine, splitError!));
            _previousRowBroken = true;
            return;
        }

        var (minHeight, header, cantSplit) = ReadRowOptions(trailing.Trim(Blank), rowLine);

        // Without cols= the first row decides the grid, in equal columns.
        _columns ??= Enumerable.Repeat(1.0, rawCells.Count).ToArray();
        if (rawCells.Count != _columns.Count)
        {
            errors.Add(new AuthoringError(rowLine, $"row has {rawCells.Count} cells, table has {_columns.Count} columns"));
            _previousRowBroken = true;
            return;
        }

        var cells = new List<TableCellModel>();
        for (var column = 0; column < rawCells.Count; column++)
        {
            var raw = rawCells[column].Trim(Blank);
            if (raw == ">")
            {
                if (cells.Count == 0)
                {
                    errors.Add(new AuthoringError(rowLine, "> in the first cell has no cell on its left to merge into"));
                    cells.Add(new TableCellModel(column, 1, false, CellFormat.Default, []));
                }
                else
                {
                    cells[^1].Span++;
                }
            }
            else if (raw == "^")
            {
                cells.Add(new TableCellModel(column, 1, true, CellFormat.Default, []));
            }
            else
            {
                cells.Add(ReadCell(raw, column, rowLine));
            }
        }

        LinkVerticalMerges(cells, rowLine);
        _previousRowBroken = false;
        _rows.Add(new TableRowModel(rowLine, cells, minHeight, header, cantSplit));
    }

    public TableBlock Build() => new(Line, _columns ?? [1.0], font, halfPoints, _rows);

    private void LinkVerticalMerges(List<TableCellModel> cells, int rowLine)
    {
        foreach (var cell in cells.Where(c => c.ContinuesMerge))
        {
            if (_previousRowBroken)
            {
                continue;
            }

            if (_rows.Count == 0)
            {
                errors.Add(new AuthoringError(rowLine, $"^ in column {cell.Column + 1} has no cell above it to merge with"));
                continue;
            }

            var above = _rows[^1].Cells.FirstOrDefault(c => c.Column == cell.Column);
            if (above is null)
            {
                errors.Add(new AuthoringError(rowLine, $"^ in column {cell.Column + 1} is not below the start of a cell (the cell above starts further left)"));
            }
            else if (above.Span != cell.Span)
            {
                errors.Add(new AuthoringError(rowLine, $"^ in column {cell.Column + 1} spans {cell.Span} column(s) but the cell above spans {above.Span}"));
            }
            else if (!above.ContinuesMerge)
            {
                above.StartsMerge = true;
            }
        }
    }

    private TableCellModel ReadCell(string raw, int column, int rowLine)
    {
        var format = CellFormat.Default;
        var textStart = 0;
        if (OptionReader.StartsOptions(raw, 0))
        {
            var items = OptionReader.Read(raw, 0, out textStart, out var error);
            if (items is null)
            {
                errors.Add(new AuthoringError(rowLine, $"cell {column + 1}: {error}"));
            }
            else
            {
                var set = OptionSet.Bind(items, ["c", "r", "b", "top"], [], rowLine, $"a cell (column {column + 1})", errors);
                if (set.Has("c") && set.Has("r"))
                {
                    errors.Add(new AuthoringError(rowLine, $"cell {column + 1} cannot be both {{c}} and {{r}}"));
                }

                var align = set.Has("c") ? Alignment.Center : set.Has("r") ? Alignment.Right : Alignment.Left;
                format = new CellFormat(align, set.Has("b"), set.Has("top"));
            }
        }

        var content = InlineParser.Parse(raw[textStart..].TrimStart(Blank), rowLine, errors);
        return new TableCellModel(column, 1, false, format, content);
    }

    private (double? MinHeight, bool Header, bool CantSplit) ReadRowOptions(string trailing, int rowLine)
    {
        if (trailing.Length == 0)
        {
            return (null, false, false);
        }

        if (!OptionReader.StartsOptions(trailing, 0))
        {
            errors.Add(new AuthoringError(rowLine, "text after the last | of a row must be row options such as {h=4} (is the closing | missing?)"));
            return (null, false, false);
        }

        var items = OptionReader.Read(trailing, 0, out var end, out var error);
        if (items is null || end != trailing.Length)
        {
            errors.Add(new AuthoringError(rowLine, error ?? "unexpected text after the row options"));
            return (null, false, false);
        }

        var set = OptionSet.Bind(items, ["header", "cant-split"], ["h"], rowLine, "a row", errors);
        return (set.Number("h", 0, minExclusive: true), set.Has("header"), set.Has("cant-split"));
    }
}
