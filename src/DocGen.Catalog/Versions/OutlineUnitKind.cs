namespace DocGen.Templates.Versions;

public enum OutlineUnitKind
{
    Paragraph,
    Row,
}
