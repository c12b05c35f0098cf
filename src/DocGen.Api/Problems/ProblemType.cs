namespace DocGen.Api.Problems;

/// <summary>One kind of refusal: its <c>type</c> URI (<see cref="ProblemTypes.Base"/> and a slug), its HTTP status and its Chinese title.</summary>
/// <param name="Slug">The last segment of the type URI, e.g. <c>invalid-data</c>; clients switch on it.</param>
/// <param name="Status">The status the problem is answered with.</param>
/// <param name="Title">The short Chinese title every occurrence carries.</param>
internal sealed record ProblemType(string Slug, int Status, string Title)
{
    public string Uri => ProblemTypes.Base + Slug;
}
