namespace DocGen.Authoring.Model;

internal enum Alignment
{
    Left,
    Center,
    Right,
    Both,
}
