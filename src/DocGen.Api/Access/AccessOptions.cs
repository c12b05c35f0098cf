namespace DocGen.Api.Access;

/// <summary>Who may call the service and how often (configuration section <c>Access</c>); nothing here is hard-coded.</summary>
internal sealed class AccessOptions
{
    /// <summary>Keys machine clients send in <c>X-Api-Key</c>. None configured: the API is open.</summary>
    public List<string> ApiKeys { get; set; } = [];

    /// <summary>Browser origins allowed to call the API cross-origin. None: no CORS headers at all.</summary>
    public List<string> CorsOrigins { get; set; } = [];

    public RateLimitOptions RateLimit { get; set; } = new();
}
