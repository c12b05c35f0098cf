namespace DocGen.Templates.Rendering;

/// <summary>An image added to the document while rendering: its part, relationship and bytes.</summary>
internal sealed record EmbeddedImage(string RelationshipId, string PartName, string Extension, byte[] Bytes);
