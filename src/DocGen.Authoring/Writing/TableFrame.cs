using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Authoring.Writing;

/// <summary>The frame of a form table: single black rules everywhere, 0.19 cm side margins in cells.</summary>
internal static class TableFrame
{
    /// <summary>0.19 cm, Word's default cell padding, which officials' forms keep.</summary>
    public const int CellSideMargin = 108;

    public static TableBorders Borders() => new(
        Line<TopBorder>(), Line<LeftBorder>(), Line<BottomBorder>(), Line<RightBorder>(),
        Line<InsideHorizontalBorder>(), Line<InsideVerticalBorder>());

    public static TableCellMarginDefault CellMargins() => new(
        new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
        new TableCellLeftMargin { Width = CellSideMargin, Type = TableWidthValues.Dxa },
        new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
        new TableCellRightMargin { Width = CellSideMargin, Type = TableWidthValues.Dxa });

    private static T Line<T>()
        where T : BorderType, new() =>
        new() { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" };
}
