using System.Text;

namespace DocGen.Templates.Extraction;

/// <summary>Fixed text is compared without white space: people and word processors add, drop and widen spaces freely.</summary>
internal static class TextCompare
{
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u3000' or '\u00A0' or '\u200B' or '\uFEFF';

    public static string Compact(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            if (!IsSpace(c)) sb.Append(c);
        return sb.ToString();
    }

    /// <summary>Check boxes as printed by DocGen, typed by people (■ over □) and drawn by Word's check-box controls.</summary>
    public const string Boxes = "□☐☑☒■✓✔√▣";

    public static bool IsTicked(char box) => box is not ('□' or '☐');
}
