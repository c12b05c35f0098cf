using Microsoft.AspNetCore.Http.HttpResults;

namespace DocGen.Api.Hosting;

/// <summary>A handler argument bound from the request that may have been refused (an unknown form, a bad query value).</summary>
internal interface IRefusableParameter
{
    /// <summary>The problem answer the request gets instead of running the handler; null when the value is good.</summary>
    ProblemHttpResult? Refusal { get; }
}
