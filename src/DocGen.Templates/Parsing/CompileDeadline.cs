using System.Diagnostics;

namespace DocGen.Templates.Parsing;

/// <summary>
/// How long compiling one template may take. Word XML is a tree whose nodes keep their siblings in a singly
/// linked list, so moving tags and blocks costs more the longer a paragraph or body is; an upload can make that
/// cost grow with the square of its size. The compiler checks this between tags and paragraphs and gives up with
/// a diagnostic; the forms compile in well under a tenth of it.
/// </summary>
internal sealed class CompileDeadline(TimeSpan limit)
{
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(5);

    private readonly long _started = Stopwatch.GetTimestamp();

    public TimeSpan Limit { get; } = limit;

    /// <summary>Throws <see cref="CompileDeadlineException"/> once the time is up.</summary>
    public void Check()
    {
        if (Stopwatch.GetElapsedTime(_started) > Limit) throw new CompileDeadlineException(this);
    }
}
