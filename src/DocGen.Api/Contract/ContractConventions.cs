using DocGen.Api.Problems;

namespace DocGen.Api.Contract;

/// <summary>
/// How an endpoint describes itself in the OpenAPI document, next to its mapping: its operation id and summary,
/// its typed answers, the files it sends, the problems it answers with. What follows from the service's own
/// rules (API keys on writes, rate limits, body limits) is added by <see cref="ContractOperationFilter"/>.
/// </summary>
internal static class ContractConventions
{
    /// <summary>The operation's id (a generated client's method name) and its one-line summary.</summary>
    public static RouteHandlerBuilder Operation(this RouteHandlerBuilder endpoint, string id, string summary, string? description = null)
    {
        endpoint.WithName(id).WithSummary(summary);
        return description is null ? endpoint : endpoint.WithDescription(description);
    }

    /// <summary>A JSON answer of type <typeparamref name="T"/>.</summary>
    public static RouteHandlerBuilder Answers<T>(this RouteHandlerBuilder endpoint, int status = StatusCodes.Status200OK) =>
        endpoint.Produces<T>(status, ContractMediaTypes.Json);

    /// <summary>A file download (bytes with a <c>Content-Disposition</c> file name) in one of <paramref name="mediaTypes"/>.</summary>
    public static RouteHandlerBuilder AnswersFile(this RouteHandlerBuilder endpoint, params string[] mediaTypes) =>
        endpoint.Produces(StatusCodes.Status200OK, contentType: mediaTypes[0], additionalContentTypes: mediaTypes[1..])
            .WithMetadata(new BinaryAnswer(mediaTypes))
            .WithResponseHeaders(StatusCodes.Status200OK, ContractHeaders.ContentDisposition);

    /// <summary>Besides its JSON, the 200 answer can be text in <paramref name="mediaType"/> (e.g. <c>text/html</c>).</summary>
    public static RouteHandlerBuilder AlsoAnswersText(this RouteHandlerBuilder endpoint, string mediaType) =>
        endpoint.WithMetadata(new TextAnswer(mediaType));

    /// <summary>The problem answers (<c>application/problem+json</c>) the endpoint itself gives.</summary>
    public static RouteHandlerBuilder Fails(this RouteHandlerBuilder endpoint, params int[] statuses)
    {
        foreach (var status in statuses) endpoint.Produces<ProblemAnswer>(status, ContractMediaTypes.Problem);
        return endpoint;
    }

    /// <summary>Headers (named in <see cref="ContractHeaders"/>) that the answer with <paramref name="status"/> carries.</summary>
    public static RouteHandlerBuilder WithResponseHeaders(this RouteHandlerBuilder endpoint, int status, params string[] names) =>
        endpoint.WithMetadata(new ResponseHeaders(status, names));

    /// <summary>The values a query parameter takes on this endpoint, the first being its default (instead of the service-wide ones, e.g. for <c>format</c>).</summary>
    public static RouteHandlerBuilder WithQueryValues(this RouteHandlerBuilder endpoint, string name, params string[] values) =>
        endpoint.WithMetadata(new QueryValues(name, values));

    /// <summary>Where the form's data appears: a form's own document puts the form's JSON Schema there.</summary>
    public static RouteHandlerBuilder UsesFormData(this RouteHandlerBuilder endpoint, FormDataUse use) => endpoint.WithMetadata(use);
}
