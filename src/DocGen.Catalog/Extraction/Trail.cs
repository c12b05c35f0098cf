namespace DocGen.Templates.Extraction;

/// <summary>An alignment as an immutable list of steps with its total score; alternatives share their common tails.</summary>
internal sealed class Trail
{
    public static readonly Trail Empty = new(0, null, null);

    private Trail(double score, Step? head, Trail? rest)
    {
        Score = score;
        Head = head;
        Rest = rest;
    }

    public double Score { get; }

    public Step? Head { get; }

    public Trail? Rest { get; }

    public Trail Prepend(Step step, double score) => new(Score + score, step, this);

    public IEnumerable<Step> Steps
    {
        get
        {
            for (var t = this; t.Head is not null; t = t.Rest!) yield return t.Head;
        }
    }
}
