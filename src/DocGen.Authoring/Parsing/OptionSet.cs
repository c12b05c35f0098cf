using System.Globalization;

namespace DocGen.Authoring.Parsing;

/// <summary>
/// Checks an option list against what one kind of line accepts and hands out the values, reporting each
/// unknown, repeated or malformed option against the line it is on.
/// </summary>
internal sealed class OptionSet
{
    private readonly Dictionary<string, OptionItem> _items = new(StringComparer.Ordinal);
    private readonly int _line;
    private readonly string _owner;
    private readonly List<AuthoringError> _errors;

    private OptionSet(int line, string owner, List<AuthoringError> errors)
    {
        _line = line;
        _owner = owner;
        _errors = errors;
    }

    /// <param name="flags">options written alone, e.g. <c>bold</c></param>
    /// <param name="valued">options written <c>key=value</c></param>
    public static OptionSet Bind(IReadOnlyList<OptionItem> list, string[] flags, string[] valued, int line, string owner, List<AuthoringError> errors)
    {
        var set = new OptionSet(line, owner, errors);
        foreach (var item in list)
        {
            var isFlag = flags.Contains(item.Key);
            if (!isFlag && !valued.Contains(item.Key))
            {
                var known = string.Join(", ", flags.Concat(valued));
                errors.Add(new AuthoringError(line, $"unknown option '{item.Key}' for {owner} (known: {known})"));
            }
            else if (set._items.ContainsKey(item.Key))
            {
                errors.Add(new AuthoringError(line, $"option '{item.Key}' is given twice"));
            }
            else if (isFlag && item.Value is not null)
            {
                errors.Add(new AuthoringError(line, $"option '{item.Key}' takes no value"));
            }
            else if (!isFlag && string.IsNullOrEmpty(item.Value))
            {
                errors.Add(new AuthoringError(line, $"option '{item.Key}' needs a value ({item.Key}=…)"));
            }
            else
            {
                set._items.Add(item.Key, item);
            }
        }

        return set;
    }

    public bool Has(string key) => _items.ContainsKey(key);

    public string? Text(string key) => _items.TryGetValue(key, out var item) ? item.Value : null;

    public double? Number(string key, double min, bool minExclusive = false)
    {
        if (Text(key) is not { } text)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            && (minExclusive ? value > min : value >= min) && value <= 1000)
        {
            return value;
        }

        var bound = minExclusive ? $"greater than {min}" : $"at least {min}";
        _errors.Add(new AuthoringError(_line, $"option '{key}' of {_owner} must be a number {bound}, not '{text}'"));
        return null;
    }

    public int? FontSize(string key)
    {
        if (Text(key) is not { } text)
        {
            return null;
        }

        if (FontSizes.TryParse(text, out var halfPoints, out var error))
        {
            return halfPoints;
        }

        _errors.Add(new AuthoringError(_line, error!));
        return null;
    }
}
