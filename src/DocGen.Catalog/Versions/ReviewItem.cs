namespace DocGen.Templates.Versions;

/// <summary>Text a person must look at when a new version is made: where it is (notice line, template place) and the text.</summary>
public sealed record ReviewItem(string Place, string Text);
