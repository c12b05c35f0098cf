namespace DocGen.Api.Health;

/// <summary>The liveness answer.</summary>
/// <param name="Status">Always <c>live</c>.</param>
internal sealed record LiveStatus(string Status);
