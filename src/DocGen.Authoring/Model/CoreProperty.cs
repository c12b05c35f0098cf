namespace DocGen.Authoring.Model;

/// <summary>The core document properties a source may set with <c>.property</c>.</summary>
internal enum CoreProperty
{
    Title,
    Subject,
    Creator,
    Keywords,
    Description,
    Category,
}
