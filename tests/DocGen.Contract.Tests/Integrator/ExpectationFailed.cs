/// <summary>An expectation of the integrator that the service did not meet.</summary>
internal sealed class ExpectationFailed(string expectation) : Exception(expectation);
