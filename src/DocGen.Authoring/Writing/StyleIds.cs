using DocGen.Authoring.Model;

namespace DocGen.Authoring.Writing;

/// <summary>The named styles every compiled form carries, so an official editing in Word sees what each paragraph is.</summary>
internal static class StyleIds
{
    public const string Normal = "Normal";
    public const string TableText = "TableText";
    public const string Footer = "Footer";
    public const string FormTable = "FormTable";

    public static string For(ParagraphKind kind) => kind switch
    {
        ParagraphKind.Attachment => "Attachment",
        ParagraphKind.Title => "Title",
        ParagraphKind.Subtitle => "Subtitle",
        ParagraphKind.Heading1 => "Heading1",
        ParagraphKind.Heading2 => "Heading2",
        ParagraphKind.Heading3 => "Heading3",
        ParagraphKind.Body => "Body",
        ParagraphKind.Text => "TextLeft",
        ParagraphKind.Center => "Centered",
        _ => "RightAligned",
    };

    /// <summary>The size a style gives its text, needed to turn an indent in characters into twips.</summary>
    public static int HalfPoints(ParagraphKind kind, DocumentSettings settings) => kind switch
    {
        ParagraphKind.Title => 44,
        ParagraphKind.Attachment or ParagraphKind.Subtitle or ParagraphKind.Heading1 or ParagraphKind.Heading2 => 32,
        _ => settings.BodyHalfPoints,
    };
}
