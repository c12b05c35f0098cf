using System.Globalization;
using Scriban.Runtime;

namespace DocGen.Templates.Scripting;

/// <summary><c>{{ investment | number 2 }}</c>: fixed decimals, rounded half away from zero, no grouping: 1234.5 → 1234.50.</summary>
internal sealed class NumberFunction() : DocGenFunction("number", 0, 1, "| number 2")
{
    public const int MaxDecimals = 10;

    public override bool Accepts(int index, object? literal) => literal is int decimals && decimals is >= 0 and <= MaxDecimals;

    protected override object Call(ScriptContext context, object? value, ScriptArray arguments)
    {
        var decimals = Argument(arguments, 0) is { } given ? Math.Clamp(context.ToInt(default, given), 0, MaxDecimals) : 0;
        var format = "F" + decimals.ToString(CultureInfo.InvariantCulture);
        switch (value)
        {
            case decimal exact:
                return Math.Round(exact, decimals, MidpointRounding.AwayFromZero).ToString(format, CultureInfo.InvariantCulture);
            case int or long:
                return Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString(format, CultureInfo.InvariantCulture);
            case double approximate:
                return Math.Round(approximate, decimals, MidpointRounding.AwayFromZero).ToString(format, CultureInfo.InvariantCulture);
        }
        var text = context.Text(value);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
            ? Math.Round(parsed, decimals, MidpointRounding.AwayFromZero).ToString(format, CultureInfo.InvariantCulture)
            : text;
    }
}
