using System.Text;
using System.Xml.Linq;

namespace DocGen.Templates.Packaging;

/// <summary>One field of a part: a simple field element, or the instruction runs of a complex field.</summary>
internal sealed class FieldInstruction(XElement? simpleField)
{
    private static readonly XName Instr = XName.Get("instr", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");

    private readonly List<XElement> _runs = [];
    private readonly StringBuilder _text = new();

    /// <summary>True once a complex field's separate mark is passed: what follows is its result, not its instruction.</summary>
    public bool Separated { get; set; }

    public string Instruction => simpleField is null ? _text.ToString() : (string?)simpleField.Attribute(Instr) ?? "";

    public void Add(XElement instructionText)
    {
        _runs.Add(instructionText);
        _text.Append(instructionText.Value);
    }

    /// <summary>Leaves the field's last result as plain content and no instruction to run again.</summary>
    public void Neutralise()
    {
        if (simpleField is not null)
        {
            simpleField.ReplaceWith(simpleField.Nodes());
            return;
        }
        foreach (var run in _runs) run.Value = "";
    }
}
