namespace DocGen.Templates.Versions;

/// <summary>What changed from one version of a form to another (keys are <c>authority/form@version</c>).</summary>
public sealed record VersionComparison(string From, string To, IReadOnlyList<VersionChange> Changes);
