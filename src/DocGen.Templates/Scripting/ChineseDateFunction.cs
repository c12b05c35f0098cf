using Scriban.Runtime;

namespace DocGen.Templates.Scripting;

/// <summary>
/// <c>{{ founded | date }}</c> → 2025年6月30日, <c>| date "month"</c> → 2025年6月, <c>| date "year"</c> → 2025年. Only as a
/// pipe function: <c>date.now</c>, <c>date.to_string</c> and the rest of Scriban's <c>date</c> object stay available.
/// </summary>
internal sealed class ChineseDateFunction() : DocGenFunction("date", 0, 1, "| date, | date \"month\", | date \"year\"")
{
    public override bool Accepts(int index, object? literal) => literal is "day" or "month" or "year";

    protected override object Call(ScriptContext context, object? value, ScriptArray arguments) =>
        value is DateTime date
            ? ChineseDate.Format(date, Argument(arguments, 0) as string ?? "day")
            : ChineseDate.Format(context.Text(value), Argument(arguments, 0) as string ?? "day");
}
