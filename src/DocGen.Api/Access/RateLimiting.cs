using System.Net;
using System.Threading.RateLimiting;
using DocGen.Api.Problems;

namespace DocGen.Api.Access;

/// <summary>
/// Per-client fixed windows with ASP.NET Core's rate limiter: a client is its API key when it sent a valid one,
/// else its remote address (a wrong key counts against the address it came from). Health probes are never limited. A refused request gets 429 problem+json with
/// <c>Retry-After</c> (the seconds until its window renews).
/// </summary>
internal static class RateLimiting
{
    public static IServiceCollection AddDocGenRateLimiting(this IServiceCollection services, RateLimitOptions options)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (options.PermitLimit <= 0 || !Applies(context.Request.Path))
                    return RateLimitPartition.GetNoLimiter("unlimited");
                return RateLimitPartition.GetFixedWindowLimiter(ClientOf(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.PermitLimit,
                    Window = TimeSpan.FromSeconds(Math.Max(1, options.WindowSeconds)),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                    ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
                    : Math.Max(1, options.WindowSeconds);
                await Problem.Create(ProblemTypes.RateLimited,
                    $"每个客户端每{options.WindowSeconds}秒最多{options.PermitLimit}个请求；请{seconds}秒后重试",
                    new Dictionary<string, object?> { [ProblemWriter.RetryAfterMember] = seconds }).ExecuteAsync(rejected.HttpContext);
            };
        });
        return services;
    }

    /// <summary>Health probes are never limited; every other path is.</summary>
    public static bool Applies(PathString path) => !path.StartsWithSegments("/health");

    private static string ClientOf(HttpContext context) =>
        ApiKeyMiddleware.Identify(context, context.RequestServices.GetRequiredService<ApiKeys>())
        ?? "ip:" + (context.Connection.RemoteIpAddress ?? IPAddress.None);
}
