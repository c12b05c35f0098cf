using System.Text.RegularExpressions;

namespace DocGen.Validation.Schema;

/// <summary>Compiles <c>pattern</c> keywords so that no data can make a match run away.</summary>
internal static class PatternCompiler
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(250);

    public static Regex? TryCompile(string pattern, out string? error)
    {
        error = null;
        try
        {
            // Linear-time matching first; patterns with lookarounds or backreferences fall back to the
            // backtracking engine with a timeout.
            return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
        }
        catch (ArgumentException e)
        {
            error = e.Message;
            return null;
        }

        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, Timeout);
        }
        catch (ArgumentException e)
        {
            error = e.Message;
            return null;
        }
    }
}
