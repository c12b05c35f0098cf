namespace DocGen.Authoring.Model;

/// <summary>A piece of paragraph or cell text with the marks in force where it stands.</summary>
internal sealed record Inline(InlineKind Kind, string Text, bool Bold, bool Underline)
{
    public static Inline LineBreak { get; } = new(InlineKind.Break, "", false, false);
}
