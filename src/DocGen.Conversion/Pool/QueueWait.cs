namespace DocGen.Conversion.Pool;

/// <summary>
/// How long a job submitted now would wait for a worker: each worker is free once its running job ends, then the
/// queued jobs go to whichever worker is free first, each taking the recent mean conversion time.
/// </summary>
internal static class QueueWait
{
    /// <param name="running">Elapsed time and timeout of each job being converted.</param>
    /// <param name="queued">Jobs waiting for a worker.</param>
    /// <param name="meanJob">Recent mean conversion time.</param>
    /// <param name="workers">Worker slots (a slot that is restarting counts as free: starting takes about as long as a job).</param>
    public static TimeSpan Estimate(IReadOnlyList<(TimeSpan Elapsed, TimeSpan Timeout)> running, int queued, TimeSpan meanJob, int workers)
    {
        var freeAt = new TimeSpan[Math.Max(1, workers)];
        for (var i = 0; i < running.Count && i < freeAt.Length; i++)
        {
            freeAt[i] = Remaining(running[i].Elapsed, running[i].Timeout, meanJob);
        }

        for (var job = 0; job < queued; job++)
        {
            var first = IndexOfEarliest(freeAt);
            freeAt[first] += meanJob;
        }

        return freeAt[IndexOfEarliest(freeAt)];
    }

    /// <summary>
    /// A job within the mean has the rest of the mean left; one that has run longer than usual is a big one and is
    /// expected to run as long again, but never past its timeout, when its worker is killed.
    /// </summary>
    private static TimeSpan Remaining(TimeSpan elapsed, TimeSpan timeout, TimeSpan meanJob)
    {
        if (elapsed < meanJob)
        {
            return meanJob - elapsed;
        }

        var untilTimeout = timeout - elapsed;
        return untilTimeout < elapsed ? (untilTimeout > TimeSpan.Zero ? untilTimeout : TimeSpan.Zero) : elapsed;
    }

    private static int IndexOfEarliest(TimeSpan[] freeAt)
    {
        var best = 0;
        for (var i = 1; i < freeAt.Length; i++)
        {
            if (freeAt[i] < freeAt[best])
            {
                best = i;
            }
        }

        return best;
    }
}
