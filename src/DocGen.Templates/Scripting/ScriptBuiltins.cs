using Scriban.Functions;
using Scriban.Runtime;

namespace DocGen.Templates.Scripting;

/// <summary>
/// Scriban's builtin objects (<c>string.*</c>, <c>array.*</c>, <c>math.*</c>, <c>date.*</c>, <c>object.*</c>,
/// <c>regex.*</c>, <c>html.*</c>, <c>timespan.*</c>) as templates see them: without the functions that would load
/// or evaluate text as a template (<c>include</c>, <c>object.eval</c>…), and with the sizes a function may
/// allocate bounded, so a tag cannot make a string or array of gigabytes.
/// </summary>
internal static class ScriptBuiltins
{
    /// <summary>The widest padding and the farthest insertion a tag may ask for.</summary>
    public const int MaxSize = 10_000;

    private static readonly string[] Removed = ["include", "include_join"];
    private static readonly string[] RemovedObjectFunctions = ["eval", "eval_template", "from_json"];

    /// <summary>Built once and shared by every render: no template can write into it (assignments do not compile).</summary>
    public static ScriptObject Shared { get; } = Build();

    public static IEnumerable<string> ObjectNames => Shared.Keys.Where(k => Shared[k] is ScriptObject);

    /// <summary>The builtin function <paramref name="name"/>.<paramref name="member"/>, when a template may call it.</summary>
    public static IScriptCustomFunction? Function(string name, string member) =>
        Shared.TryGetValue(name, out var value) && value is ScriptObject functions && functions.TryGetValue(member, out var function)
            ? function as IScriptCustomFunction
            : null;

    private static ScriptObject Build()
    {
        var builtins = new BuiltinFunctions();
        foreach (var name in Removed) builtins.Remove(name);
        var objects = (ScriptObject)builtins["object"]!;
        foreach (var name in RemovedObjectFunctions) objects.Remove(name);
        Bound((ScriptObject)builtins["string"]!, "pad_left", 1);
        Bound((ScriptObject)builtins["string"]!, "pad_right", 1);
        Bound((ScriptObject)builtins["array"]!, "insert_at", 1);
        return builtins;
    }

    private static void Bound(ScriptObject functions, string name, int argument) =>
        functions[name] = new BoundedFunction((IScriptCustomFunction)functions[name]!, argument, MaxSize);
}
