namespace DocGen.Templates.Syntax;

/// <summary>A filter applied to a value: <c>| number 2</c>, <c>| check "国有"</c>.</summary>
internal sealed record FilterCall(string Name, IReadOnlyList<object> Arguments);
