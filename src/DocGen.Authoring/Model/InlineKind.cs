namespace DocGen.Authoring.Model;

internal enum InlineKind
{
    Text,
    /// <summary>A whole <c>{{ … }}</c> template tag, which must stay in one run.</summary>
    Tag,
    Break,
}
