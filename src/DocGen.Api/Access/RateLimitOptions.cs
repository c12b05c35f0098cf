namespace DocGen.Api.Access;

/// <summary>Per-client fixed windows: <see cref="PermitLimit"/> requests per <see cref="WindowSeconds"/>; 0 permits means no limit.</summary>
internal sealed class RateLimitOptions
{
    public int PermitLimit { get; set; }

    public int WindowSeconds { get; set; } = 60;
}
