namespace DocGen.Templates.Extraction;

/// <summary>
/// A paragraph's text as printed: line breaks as '\n', tabs as '\t', check-box controls and symbol-font boxes as
/// ☑/□, and each picture as <see cref="ImageMark"/> with its bytes (base64) in <see cref="Images"/>, in order.
/// </summary>
internal sealed class DocParagraph(string location, string text, IReadOnlyList<string> images) : DocNode(location)
{
    public const char ImageMark = '\uFFFC';

    public string Text { get; } = text;

    public IReadOnlyList<string> Images { get; } = images;

    /// <summary>The text without any white space, the form fixed text is compared in.</summary>
    public string Compact { get; } = TextCompare.Compact(text);

    public bool IsBlank => Compact.Length == 0;

    /// <summary>The base64 of the picture at <paramref name="textIndex"/>, or null when there is none there.</summary>
    public string? ImageAt(int textIndex)
    {
        var number = 0;
        for (var i = 0; i < textIndex && i < Text.Length; i++)
            if (Text[i] == ImageMark) number++;
        return textIndex < Text.Length && Text[textIndex] == ImageMark && number < Images.Count ? Images[number] : null;
    }
}
