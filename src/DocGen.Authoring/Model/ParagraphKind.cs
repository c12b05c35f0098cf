namespace DocGen.Authoring.Model;

/// <summary>The block directives that make one paragraph; each has its own named style.</summary>
internal enum ParagraphKind
{
    Attachment,
    Title,
    Subtitle,
    Heading1,
    Heading2,
    Heading3,
    Body,
    Text,
    Center,
    Right,
}
