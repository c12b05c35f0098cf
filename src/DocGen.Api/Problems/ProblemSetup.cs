namespace DocGen.Api.Problems;

/// <summary>
/// Problem answers through ASP.NET Core's <see cref="IProblemDetailsService"/>: the service's own writer first, the
/// framework's after it. Typed answers (<c>TypedResults.Ok</c>) are written with the same JSON settings as problems.
/// </summary>
internal static class ProblemSetup
{
    public static IServiceCollection AddDocGenProblems(this IServiceCollection services)
    {
        // Writers are asked in the order they were added; the framework's default writer is added by AddProblemDetails.
        services.AddSingleton<IProblemDetailsWriter, ProblemWriter>();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = FrameworkProblems.Customize);
        services.AddExceptionHandler<ExceptionProblems>();
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Encoder = ProblemJson.Options.Encoder);
        return services;
    }
}
