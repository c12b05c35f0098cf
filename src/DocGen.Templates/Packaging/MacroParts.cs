namespace DocGen.Templates.Packaging;

/// <summary>
/// Recognises a macro-enabled Word document (.docm, .dotm): a VBA project part, or a main part declared macro-enabled
/// in <c>[Content_Types].xml</c>. Word saves a plain .docx without either; an embedded macro-enabled workbook is the
/// embedding's own affair and does not count.
/// </summary>
internal static class MacroParts
{
    /// <summary>The part that makes the package macro-enabled, or null when it is a plain document.</summary>
    public static string? Find(DocxPackage package)
    {
        foreach (var (name, _) in package.Parts)
        {
            if (Path.GetFileName(name).Equals("vbaProject.bin", StringComparison.OrdinalIgnoreCase)) return name;
        }
        return package.MainContentType?.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) == true ? "[Content_Types].xml" : null;
    }
}
