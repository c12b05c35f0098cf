namespace DocGen.Validation.Walking;

/// <summary>
/// A bound on the work one validation may do, so that a hostile document (millions of items, a long
/// uniqueItems list) costs a bounded time and ends with a note instead of tying up the service.
/// </summary>
internal sealed class WorkBudget(int steps)
{
    private int remaining = steps;

    public bool Exhausted => remaining < 0;

    public bool Spend(int cost = 1)
    {
        remaining -= cost;
        return remaining >= 0;
    }
}
