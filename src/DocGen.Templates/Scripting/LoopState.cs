using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace DocGen.Templates.Scripting;

/// <summary>
/// Scriban's loop object as <c>for</c>: <c>index</c> (from 0), <c>rindex</c>, <c>first</c>, <c>last</c>, <c>even</c>,
/// <c>odd</c>, <c>length</c>, computed from the position when read, so a repetition costs two integer writes.
/// </summary>
internal sealed class LoopState : ScriptObject
{
    public static readonly string[] Members = ["index", "rindex", "first", "last", "even", "odd", "length"];

    public int Index { get; set; }

    public int Length { get; set; }

    public override bool Contains(string member) => Array.IndexOf(Members, member) >= 0;

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        value = member switch
        {
            "index" => Index,
            "rindex" => Length - Index - 1,
            "first" => Index == 0,
            "last" => Index == Length - 1,
            "even" => Index % 2 == 0,
            "odd" => Index % 2 == 1,
            "length" => Length,
            _ => null,
        };
        return value is not null;
    }

    public override bool CanWrite(string member) => false;
}
