using DocGen.Api.Contract;

namespace DocGen.Api.Hosting;

/// <summary>
/// Answers a request whose bound arguments (<see cref="IRefusableParameter"/>) were refused before its handler runs, with
/// the first refusal in the handler's parameter order; a handler only ever sees good values.
/// </summary>
internal static class RefusedParameters
{
    /// <summary>Called by a bound type as the endpoint is built: describes its parameters and guards the handler (once per endpoint).</summary>
    public static void Guard(EndpointBuilder endpoint, params BoundParameter[] described)
    {
        foreach (var parameter in described) endpoint.Metadata.Add(parameter);
        if (!endpoint.FilterFactories.Contains(Filter)) endpoint.FilterFactories.Add(Filter);
    }

    private static EndpointFilterDelegate Filter(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var bound = context.MethodInfo.GetParameters()
            .Where(p => typeof(IRefusableParameter).IsAssignableFrom(p.ParameterType)).Select(p => p.Position).ToArray();
        return async invocation =>
        {
            foreach (var index in bound)
                if (invocation.Arguments[index] is IRefusableParameter { Refusal: { } refusal }) return refusal;
            return await next(invocation);
        };
    }
}
