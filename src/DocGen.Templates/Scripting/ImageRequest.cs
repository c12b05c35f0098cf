namespace DocGen.Templates.Scripting;

/// <summary>What <c>| image</c> returns: the image value and the size limits; the value node turns it into a drawing.</summary>
internal sealed record ImageRequest(object? Value, double? MaxWidthCm, double? MaxHeightCm);
