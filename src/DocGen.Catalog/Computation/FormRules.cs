using System.Text.Json;
using DocGen.Templates.Catalog;
using DocGen.Validation;

namespace DocGen.Templates.Computation;

/// <summary>
/// A form's rules over its data: what the form computes (totals, scores, counts, rates) is added first, then the
/// result is validated, so the rules judge computed figures too and a contradicting submitted total is reported
/// with every other problem at once. Requests, batch items, catalog samples and uploaded samples are judged alike.
/// </summary>
public static class FormRules
{
    /// <param name="schema">Null when there is none to validate against (an uploaded template checked on its own).</param>
    /// <returns>The computed data, whatever the errors: the template check renders a sample that breaks rules too.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired (the client is gone).</exception>
    public static (JsonElement Computed, IReadOnlyList<DataError> Errors) Apply(JsonElement data, FormSchema? schema, IReadOnlyList<ComputationSpec> computations,
        ValidationMode mode, CancellationToken cancellationToken = default)
    {
        var (computed, mismatches) = FormComputer.Apply(data, computations);
        var errors = (schema?.Validate(computed, mode, cancellationToken) ?? []).Concat(mismatches).ToList();
        return (computed, errors);
    }
}
