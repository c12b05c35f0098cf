namespace DocGen.Api.Access;

/// <summary>Wires keys, rate limits, CORS and security headers from the <c>Access</c> configuration section.</summary>
internal static class AccessSetup
{
    public const string CorsPolicy = "configured-origins";

    public static IServiceCollection AddDocGenAccess(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Access").Get<AccessOptions>() ?? new AccessOptions();
        services.AddSingleton(options);
        services.AddSingleton<ApiKeys>();
        services.AddDocGenRateLimiting(options.RateLimit);
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
            .WithOrigins([.. options.CorsOrigins.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim().TrimEnd('/'))])
            .WithMethods("GET", "POST")
            .WithHeaders("Content-Type", ApiKeys.Header)
            .WithExposedHeaders("Content-Disposition", "Retry-After", "X-DocGen-Font-Substitutions")
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
        return services;
    }

    /// <summary>
    /// Order matters: headers on everything, CORS before the key check (so a browser can read a 401), the limiter
    /// before the key check (it partitions by valid key, else by address, so that wrong keys are counted too).
    /// </summary>
    public static WebApplication UseDocGenAccess(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        if (app.Services.GetRequiredService<AccessOptions>().CorsOrigins.Any(o => !string.IsNullOrWhiteSpace(o))) app.UseCors(CorsPolicy);
        app.UseRateLimiter();
        app.UseMiddleware<ApiKeyMiddleware>();
        return app;
    }
}
