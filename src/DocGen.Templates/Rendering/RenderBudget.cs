namespace DocGen.Templates.Rendering;

/// <summary>
/// What one render may produce and how long it may take. A template of a kilobyte can nest loops whose product
/// is billions of rows; the budget is checked as output is produced, so such a render stops early with a
/// diagnostic instead of taking the process's memory or a thread for minutes. Cancellation (a client that hung
/// up) is honoured at the same points.
/// </summary>
internal sealed class RenderBudget(long maxOutputChars, TimeSpan maxDuration, CancellationToken cancellation)
{
    // The coarse tick count costs a few nanoseconds, so the clock is read at every check: one tag can take as long
    // as Scriban lets a regular expression run (half a second), and counting checks between readings let a loop of
    // such tags run for minutes before the time was looked at.
    private readonly long _deadline = Environment.TickCount64 + (long)maxDuration.TotalMilliseconds;
    private long _finishedParts;
    private long _images;

    /// <summary>Throws <see cref="RenderBudgetExceededException"/> when the output so far (this part's <paramref name="partChars"/> included) or the time is over budget.</summary>
    public void Check(long partChars)
    {
        if (_finishedParts + _images + partChars > maxOutputChars)
            throw new RenderBudgetExceededException($"the document would be larger than {maxOutputChars / (1024 * 1024)} M characters of XML and pictures; check loops with \"min\" and repeated pictures");
        cancellation.ThrowIfCancellationRequested();
        if (Environment.TickCount64 > _deadline)
            throw new RenderBudgetExceededException($"rendering took longer than {maxDuration.TotalSeconds:0.#} s; check nested loops and conditions");
    }

    /// <summary>A part is finished: its text counts toward the budget of the parts after it.</summary>
    public void FinishPart(long chars) => _finishedParts += chars;

    /// <summary>A picture's bytes count like characters: a loop can repeat one 20 MB photo as often as it repeats text.</summary>
    public void AddImage(long bytes)
    {
        _images += bytes;
        Check(0);
    }
}
