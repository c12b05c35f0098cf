namespace DocGen.Api.Problems;

/// <summary>An error answer (RFC 9457 <c>application/problem+json</c>); which members appear depends on its <c>type</c>.</summary>
/// <param name="Type">The problem's URI, <c>https://docgen.local/problems/</c> followed by its code (e.g. <c>invalid-data</c>).</param>
/// <param name="Title">Short Chinese title of the kind of problem.</param>
/// <param name="Status">The HTTP status.</param>
/// <param name="Detail">Chinese explanation of this occurrence.</param>
/// <param name="Errors">422: every problem with the data, with its JSON pointer.</param>
/// <param name="MoreErrors">422: problems found beyond the listed ones.</param>
/// <param name="Suggestions">404: the nearest existing form ids, versions or sample names.</param>
/// <param name="Versions">404 unknown-version: the form's versions.</param>
/// <param name="Parameter">400 bad-parameter: the query parameter that is wrong.</param>
/// <param name="Limit">413: the body limit in bytes.</param>
/// <param name="RetryAfter">429, and 503 when the PDF queue is full or a worker ran out of memory: seconds to wait (also in the Retry-After header).</param>
/// <param name="TraceId">500: the request's trace id, under which the service logged what went wrong.</param>
internal sealed record ProblemAnswer(
    string Type,
    string Title,
    int Status,
    string Detail,
    IReadOnlyList<FieldError>? Errors = null,
    int? MoreErrors = null,
    IReadOnlyList<string>? Suggestions = null,
    IReadOnlyList<string>? Versions = null,
    string? Parameter = null,
    long? Limit = null,
    int? RetryAfter = null,
    string? TraceId = null);
