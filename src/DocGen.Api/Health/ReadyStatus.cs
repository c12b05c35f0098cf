namespace DocGen.Api.Health;

/// <summary>The readiness answer (200 when ready, 503 when not).</summary>
/// <param name="Status"><c>ready</c> or <c>not-ready</c>.</param>
/// <param name="Forms">Forms served.</param>
/// <param name="BrokenVersions">Template versions that failed to load (see <c>GET /api/catalog/problems</c>).</param>
/// <param name="Pdf">The PDF worker pool; null when PDF is switched off.</param>
internal sealed record ReadyStatus(string Status, int Forms, int BrokenVersions, PdfPoolState? Pdf);
