namespace DocGen.Templates.Extraction;

/// <summary>
/// Where the alignment stands in the form: position <see cref="Index"/> of <see cref="Sequence"/>, and what
/// comes after the sequence ends (<see cref="Parent"/>): the loop it repeats in, or the condition it is a branch of.
/// Interned, so equal positions are one object and alignments are remembered per position.
/// </summary>
internal sealed class Continuation
{
    private Continuation(IReadOnlyList<PatternNode> sequence, int index, Continuation? parent, bool isLoopBody)
    {
        Sequence = sequence;
        Index = index;
        Parent = parent;
        IsLoopBody = isLoopBody;
    }

    public IReadOnlyList<PatternNode> Sequence { get; }

    public int Index { get; }

    public Continuation? Parent { get; }

    public bool IsLoopBody { get; }

    public bool AtEnd => Index == Sequence.Count;

    public PatternNode Current => Sequence[Index];

    public sealed class Table
    {
        private readonly Dictionary<(object, int, Continuation?, bool), Continuation> _interned = new();

        public Continuation Get(IReadOnlyList<PatternNode> sequence, int index, Continuation? parent, bool isLoopBody)
        {
            var key = ((object)sequence, index, parent, isLoopBody);
            if (!_interned.TryGetValue(key, out var found)) _interned[key] = found = new Continuation(sequence, index, parent, isLoopBody);
            return found;
        }

        public Continuation Next(Continuation at) => Get(at.Sequence, at.Index + 1, at.Parent, at.IsLoopBody);
    }
}
