using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace DocGen.Templates.Scripting;

/// <summary>
/// Scriban's evaluation state for one render, configured so a template reaches only the data, the version's
/// constants (<c>form.*</c>), Scriban's builtins and DocGen's functions: no .NET member is visible (but a date's), loops and
/// recursion are bounded, strings cannot grow past <see cref="MaxStringLength"/>. Values print the way forms
/// print them: numbers invariant, 是/否 for flags, arrays joined with 、, nothing for a missing value.
/// </summary>
internal sealed class ScriptContext : TemplateContext
{
    /// <summary>Most repetitions one loop may make (a form's longest list is a few hundred rows).</summary>
    public const int MaxLoopCount = 10_000;

    public const int MaxStringLength = 1_000_000;

    public ScriptContext(JsonElement data, JsonElement constants) : base(ScriptBuiltins.Shared)
    {
        LoopLimit = MaxLoopCount;
        RecursiveLimit = 64;
        ObjectRecursionLimit = 16;
        LimitToString = MaxStringLength;
        RegexTimeOut = TimeSpan.FromMilliseconds(500);
        StrictVariables = false;
        EnableRelaxedMemberAccess = true;
        EnableRelaxedTargetAccess = true;
        EnableRelaxedIndexerAccess = true;
        EnableNullIndexer = true;
        // Of .NET's members only the properties of the dates and durations Scriban's date.* and timespan.* return (date.now.year).
        MemberFilter = static member => member is PropertyInfo { DeclaringType: var type } && (type == typeof(DateTime) || type == typeof(TimeSpan));
        Root = data.ValueKind == JsonValueKind.Object ? (ScriptObject)ScriptData.From(data)! : new ScriptObject();
        Root["form"] = constants.ValueKind == JsonValueKind.Object ? ScriptData.From(constants) : new ScriptObject();
        PushGlobal(Root);
    }

    /// <summary>
    /// The names a tag sees (Scriban's <c>this</c>): the data's fields, <c>form</c>, and the variables of the loops
    /// being rendered, which shadow a field of the same name while their loop runs.
    /// </summary>
    public ScriptObject Root { get; }

    /// <summary>Binds <paramref name="name"/> for the loop being rendered; dispose the result to restore what it hid.</summary>
    public LoopBinding Bind(string name) => new(Root, name);

    public string Text(object? value) => ObjectToString(value, false);

    public override string ObjectToString(object? value, bool nested = false) => value switch
    {
        null => "",
        string text => text.Length > MaxStringLength ? text[..MaxStringLength] : text,
        bool flag => flag ? "是" : "否",
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        float number => number.ToString("R", CultureInfo.InvariantCulture),
        IFormattable number when IsInteger(number) => number.ToString(null, CultureInfo.InvariantCulture),
        ScriptObject => "",
        IList list => JoinItems(list),
        _ => base.ObjectToString(value, nested) ?? "",
    };

    /// <summary>
    /// Truthiness as forms need it: besides Scriban's null and false, an empty text, an empty list and 0 are false,
    /// so <c>{{ if photos }}</c> and <c>{{ if company.intro }}</c> skip what was left blank.
    /// </summary>
    public override bool ToBool(SourceSpan span, object? value) => value switch
    {
        null => false,
        bool flag => flag,
        string text => text.Length > 0,
        ICollection collection => collection.Count > 0,
        decimal number => number != 0,
        double number => number != 0,
        int number => number != 0,
        long number => number != 0,
        _ => base.ToBool(span, value),
    };

    /// <summary>Equality for check boxes and <c>when</c>: numbers by value, flags only with flags, the rest by the text they print.</summary>
    public bool ValuesEqual(object? left, object? right)
    {
        if (left is null || right is null) return left is null && right is null;
        if (left is bool || right is bool) return left is bool a && right is bool b && a == b;
        if (IsNumber(left) && IsNumber(right)) return Convert.ToDecimal(left, CultureInfo.InvariantCulture) == Convert.ToDecimal(right, CultureInfo.InvariantCulture);
        return string.Equals(Text(left), Text(right), StringComparison.Ordinal);
    }

    private static bool IsNumber(object value) => value is decimal or int or long or (double and > -7.9e28 and < 7.9e28);

    private static bool IsInteger(object value) => value is int or long or short or byte or sbyte or uint or ulong or ushort;

    private string JoinItems(IList list)
    {
        var parts = new string[list.Count];
        for (var i = 0; i < parts.Length; i++) parts[i] = Text(list[i]);
        return string.Join("、", parts);
    }
}
