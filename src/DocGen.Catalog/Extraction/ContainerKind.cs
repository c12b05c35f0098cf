namespace DocGen.Templates.Extraction;

internal enum ContainerKind
{
    Body,
    Table,
    Row,
    Cell,
}
