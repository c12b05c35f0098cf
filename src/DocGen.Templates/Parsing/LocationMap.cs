using System.Xml.Linq;
using static DocGen.Templates.Parsing.WordNames;

namespace DocGen.Templates.Parsing;

/// <summary>
/// Names every paragraph of a part by where a person finds it in Word ("table 3, row 5, cell 2,
/// paragraph 1", "text box 1, paragraph 1" or "paragraph 12"). Computed before the compiler rearranges anything.
/// </summary>
/// <remarks>
/// Word writes each text box twice: as a DrawingML shape (<c>mc:Choice</c>) and as VML for older readers
/// (<c>mc:Fallback</c>). Both copies are the one box a person sees, so their paragraphs get the same names.
/// </remarks>
internal sealed class LocationMap
{
    private readonly Dictionary<XElement, string> _paragraphs = new();
    private readonly string _part;

    public LocationMap(string part, XElement root)
    {
        _part = part;
        var tableNumber = 0;
        var bodyParagraph = 0;
        foreach (var p in root.Descendants(P))
        {
            if (p.Ancestors(TxbxContent).Any()) continue;
            var cell = p.Ancestors(Tc).FirstOrDefault();
            if (cell is null)
            {
                _paragraphs[p] = $"paragraph {++bodyParagraph}";
                continue;
            }
            _paragraphs[p] = "";
        }
        foreach (var table in root.Descendants(Tbl))
        {
            tableNumber++;
            var rowNumber = 0;
            foreach (var row in table.Elements().SelectMany(RowsOf))
            {
                rowNumber++;
                var cellNumber = 0;
                foreach (var cell in row.Elements().SelectMany(CellsOf))
                {
                    cellNumber++;
                    var paragraphNumber = 0;
                    foreach (var p in cell.Elements().SelectMany(ParagraphsOf))
                    {
                        _paragraphs[p] = $"table {tableNumber}, row {rowNumber}, cell {cellNumber}, paragraph {++paragraphNumber}";
                    }
                }
            }
        }
        NameTextBoxes(root);
    }

    private void NameTextBoxes(XElement root)
    {
        var textBoxes = 0;
        // The numbers of the shapes' boxes in each mc:AlternateContent, for its VML fallback copies to take in order.
        var shown = new Dictionary<XElement, List<int>>();
        var fallbacks = new Dictionary<XElement, int>();
        foreach (var box in root.Descendants(TxbxContent))
        {
            var alternate = box.Ancestors(AlternateContent).FirstOrDefault();
            int number;
            if (alternate is not null && box.Ancestors(Fallback).Any(f => f.Parent == alternate))
            {
                var index = fallbacks[alternate] = fallbacks.GetValueOrDefault(alternate) + 1;
                number = shown.TryGetValue(alternate, out var numbers) && index <= numbers.Count ? numbers[index - 1] : ++textBoxes;
            }
            else
            {
                number = ++textBoxes;
                if (alternate is not null) (shown.TryGetValue(alternate, out var numbers) ? numbers : shown[alternate] = []).Add(number);
            }
            var paragraph = 0;
            foreach (var p in box.Elements().SelectMany(ParagraphsOf)) _paragraphs[p] = $"text box {number}, paragraph {++paragraph}";
        }
    }

    public string Of(XElement? paragraph) =>
        paragraph is not null && _paragraphs.TryGetValue(paragraph, out var where) && where.Length > 0 ? $"{_part} ({where})" : _part;

    // Rows, cells and paragraphs may sit inside content controls (w:sdt/w:sdtContent) or custom XML.
    private static IEnumerable<XElement> RowsOf(XElement e) => e.Name == Tr ? [e] : e.Name == Tbl ? [] : e.Elements().SelectMany(RowsOf);

    private static IEnumerable<XElement> CellsOf(XElement e) => e.Name == Tc ? [e] : e.Name == Tr ? [] : e.Elements().SelectMany(CellsOf);

    private static IEnumerable<XElement> ParagraphsOf(XElement e) => e.Name == P ? [e] : e.Name is var n && (n == Tbl || n == Tc) ? [] : e.Elements().SelectMany(ParagraphsOf);
}
