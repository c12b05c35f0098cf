namespace DocGen.Authoring.Model;

/// <summary>One block directive of the source body, in document order.</summary>
internal abstract record Block(int Line);
