using System.Diagnostics;

namespace DocGen.Validation.Walking;

/// <summary>
/// A bound on the work one validation may do, so that a hostile document (millions of items, a long
/// uniqueItems list, many strings against a pattern that backtracks) costs a bounded time and ends with a note
/// instead of tying up the service. One budget is shared by the whole walk, conditions and alternatives
/// (if, anyOf, oneOf, not) included, and the caller's cancellation is honoured at the same points.
/// </summary>
internal sealed class WorkBudget(int steps, TimeSpan patternTime, CancellationToken cancellation)
{
    // Looking at the token costs more than a step: look once every this many steps.
    private const int StepsPerCancellationCheck = 1024;

    private int _remaining = steps;
    private int _stepsSinceCancellationCheck;
    private long _patternTicks;

    public bool Exhausted => _remaining < 0 || PatternTimeExhausted;

    /// <summary>Pattern matching has used the time of the whole validation.</summary>
    public bool PatternTimeExhausted => Stopwatch.GetElapsedTime(0, _patternTicks) > patternTime;

    public TimeSpan PatternTime => patternTime;

    /// <exception cref="OperationCanceledException">The caller gave up.</exception>
    public bool Spend(int cost = 1)
    {
        _stepsSinceCancellationCheck += cost;
        if (_stepsSinceCancellationCheck >= StepsPerCancellationCheck)
        {
            _stepsSinceCancellationCheck = 0;
            cancellation.ThrowIfCancellationRequested();
        }

        _remaining -= cost;
        return _remaining >= 0 && !PatternTimeExhausted;
    }

    /// <summary>Runs one pattern match and counts its time, a timed-out one included.</summary>
    /// <returns>Whether the text matches; null when the match timed out.</returns>
    /// <exception cref="OperationCanceledException">The caller gave up.</exception>
    public bool? Match(System.Text.RegularExpressions.Regex pattern, string text)
    {
        cancellation.ThrowIfCancellationRequested();
        var started = Stopwatch.GetTimestamp();
        try
        {
            return pattern.IsMatch(text);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return null;
        }
        finally
        {
            _patternTicks += Stopwatch.GetTimestamp() - started;
        }
    }
}
