using Microsoft.OpenApi;

namespace DocGen.Api.Contract;

/// <summary>
/// Endpoint metadata: a parameter the endpoint reads through a bound type of its own (e.g. <c>RequestedForm</c>) rather
/// than a handler argument of its own name, so that the API explorer does not see it; the contract lists it all the same.
/// </summary>
internal sealed record BoundParameter(string Name, ParameterLocation In);
