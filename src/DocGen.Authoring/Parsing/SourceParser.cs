using System.Globalization;
using DocGen.Authoring.Model;

namespace DocGen.Authoring.Parsing;

/// <summary>
/// Reads a form source line by line into settings and blocks, collecting every error with its line instead
/// of stopping at the first, so an author fixes a source in one pass.
/// </summary>
internal sealed class SourceParser
{
    private static readonly char[] Blank = [' ', '\t'];

    private static readonly Dictionary<string, ParagraphKind> ParagraphDirectives = new(StringComparer.Ordinal)
    {
        ["attachment"] = ParagraphKind.Attachment,
        ["title"] = ParagraphKind.Title,
        ["subtitle"] = ParagraphKind.Subtitle,
        ["h1"] = ParagraphKind.Heading1,
        ["h2"] = ParagraphKind.Heading2,
        ["h3"] = ParagraphKind.Heading3,
        ["p"] = ParagraphKind.Body,
        ["text"] = ParagraphKind.Text,
        ["center"] = ParagraphKind.Center,
        ["right"] = ParagraphKind.Right,
    };

    private static readonly string[] SettingDirectives = ["page", "margins", "font", "footer", "property"];

    private readonly List<AuthoringError> _errors = [];
    private readonly DocumentSettings _settings = new();
    private readonly List<Block> _blocks = [];
    private TableBuilder? _table;

    // Settings describe the whole document, so one after the first block is a mistake worth naming.
    private bool _bodyStarted;

    public static (FormSource Source, IReadOnlyList<AuthoringError> Errors) Parse(string text)
    {
        var parser = new SourceParser();
        var lines = text.TrimStart('\uFEFF').Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            parser.ReadLine(lines[index].TrimEnd('\r'), index + 1);
        }

        if (parser._table is not null)
        {
            parser._errors.Add(new AuthoringError(parser._table.Line, "table is not closed with .end"));
            parser.CloseTable();
        }

        var ordered = parser._errors.OrderBy(e => e.Line).ToList();
        return (new FormSource(parser._settings, parser._blocks), ordered);
    }

    private void ReadLine(string raw, int line)
    {
        var text = raw.TrimStart(Blank);
        if (text.Length == 0 || text.StartsWith("//", StringComparison.Ordinal))
        {
            return;
        }

        if (_table is not null)
        {
            if (text[0] == '|')
            {
                _table.AddRow(text.TrimEnd(Blank), line);
                return;
            }

            if (text[0] != '.')
            {
                _errors.Add(new AuthoringError(line, "inside a table every line is a row that starts and ends with |, or .end"));
                return;
            }

            if (DirectiveName(text) != "end")
            {
                _errors.Add(new AuthoringError(_table.Line, "table is not closed with .end"));
                CloseTable();
            }
        }

        if (text[0] == '|')
        {
            _errors.Add(new AuthoringError(line, "a table row outside .table … .end"));
            return;
        }

        if (text[0] != '.')
        {
            _errors.Add(new AuthoringError(line, "expected a directive (a line starting with '.'); body text goes in .p, .text, …"));
            return;
        }

        ReadDirective(text, line);
    }

    private static string DirectiveName(string text)
    {
        var end = 1;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '-'))
        {
            end++;
        }

        return text[1..end];
    }

    private void ReadDirective(string text, int line)
    {
        var name = DirectiveName(text);
        var position = 1 + name.Length;
        IReadOnlyList<OptionItem>? options = null;
        if (OptionReader.StartsOptions(text, position))
        {
            options = OptionReader.Read(text, position, out position, out var error);
            if (options is null)
            {
                _errors.Add(new AuthoringError(line, $".{name}: {error}"));
                return;
            }
        }

        var argument = text[position..].Trim(Blank);
        if (ParagraphDirectives.TryGetValue(name, out var kind))
        {
            _bodyStarted = true;
            var format = ReadParagraphFormat(options, line, name);
            _blocks.Add(new ParagraphBlock(line, kind, format, InlineParser.Parse(argument, line, _errors)));
            return;
        }

        // The remaining directives take words, never text, so a trailing // comment is allowed on them.
        argument = StripComment(argument);
        if (SettingDirectives.Contains(name))
        {
            if (options is not null)
            {
                _errors.Add(new AuthoringError(line, $".{name} takes no options"));
            }

            if (_bodyStarted)
            {
                _errors.Add(new AuthoringError(line, $"document setting .{name} must come before the first block"));
                return;
            }

            ReadSetting(name, argument, line);
            return;
        }

        switch (name)
        {
            case "blank":
                _bodyStarted = true;
                ReadBlank(argument, ReadParagraphFormat(options, line, name), line);
                break;
            case "pagebreak":
            case "section":
            case "end":
                if (options is not null)
                {
                    _errors.Add(new AuthoringError(line, $".{name} takes no options"));
                }

                ReadBareDirective(name, argument, line);
                break;
            case "table":
                _bodyStarted = true;
                OpenTable(options ?? [], argument, line);
                break;
            case "":
                _errors.Add(new AuthoringError(line, "a directive name must follow the '.'"));
                break;
            default:
                _errors.Add(new AuthoringError(line, $"unknown directive .{name}"));
                break;
        }
    }

    private void ReadBareDirective(string name, string argument, int line)
    {
        switch (name)
        {
            case "pagebreak":
                _bodyStarted = true;
                ExpectNoArgument(name, argument, line);
                _blocks.Add(new PageBreakBlock(line));
                break;
            case "section":
                _bodyStarted = true;
                if (argument is "portrait" or "landscape")
                {
                    _blocks.Add(new SectionBlock(line, argument == "landscape"));
                }
                else
                {
                    _errors.Add(new AuthoringError(line, $".section needs portrait or landscape, not '{argument}'"));
                }

                break;
            default:
                ExpectNoArgument(name, argument, line);
                if (_table is null)
                {
                    _errors.Add(new AuthoringError(line, ".end without an open .table"));
                }
                else
                {
                    CloseTable();
                }

                break;
        }
    }

    private void ExpectNoArgument(string name, string argument, int line)
    {
        if (argument.Length > 0)
        {
            _errors.Add(new AuthoringError(line, $".{name} takes no text, found '{argument}'"));
        }
    }

    private static string StripComment(string argument)
    {
        for (var i = argument.IndexOf("//", StringComparison.Ordinal); i >= 0; i = argument.IndexOf("//", i + 2, StringComparison.Ordinal))
        {
            if (i == 0 || argument[i - 1] is ' ' or '\t')
            {
                return argument[..i].TrimEnd(Blank);
            }
        }

        return argument;
    }

    private void ReadSetting(string name, string argument, int line)
    {
        var words = argument.Split(Blank, StringSplitOptions.RemoveEmptyEntries);
        switch (name)
        {
            case "page":
                foreach (var word in words)
                {
                    switch (word)
                    {
                        case "A4":
                            break;
                        case "portrait":
                            _settings.Landscape = false;
                            break;
                        case "landscape":
                            _settings.Landscape = true;
                            break;
                        default:
                            _errors.Add(new AuthoringError(line, $".page: '{word}' is neither a size (only A4) nor portrait/landscape"));
                            break;
                    }
                }

                break;
            case "margins":
                ReadMargins(words, line);
                break;
            case "font":
                if (words.Length is < 1 or > 2)
                {
                    _errors.Add(new AuthoringError(line, ".font needs a font name and optionally a size, e.g. .font 仿宋_GB2312 16"));
                    break;
                }

                _settings.BodyFont = words[0];
                if (words.Length == 2)
                {
                    if (FontSizes.TryParse(words[1], out var halfPoints, out var error))
                    {
                        _settings.BodyHalfPoints = halfPoints;
                    }
                    else
                    {
                        _errors.Add(new AuthoringError(line, error!));
                    }
                }

                break;
            case "footer":
                if (argument is "pagenumber" or "none")
                {
                    _settings.PageNumbers = argument == "pagenumber";
                }
                else
                {
                    _errors.Add(new AuthoringError(line, $".footer needs pagenumber or none, not '{argument}'"));
                }

                break;
            default:
                ReadProperty(argument, line);
                break;
        }
    }

    private void ReadMargins(string[] words, int line)
    {
        var values = new double[4];
        var valid = words.Length == 4;
        for (var i = 0; valid && i < 4; i++)
        {
            valid = double.TryParse(words[i], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out values[i])
                    && values[i] is >= 0 and <= 8;
        }

        if (!valid)
        {
            _errors.Add(new AuthoringError(line, ".margins needs four numbers in cm between 0 and 8: top right bottom left"));
            return;
        }

        _settings.Margins = new PageMargins(Units.CmToTwips(values[0]), Units.CmToTwips(values[1]), Units.CmToTwips(values[2]), Units.CmToTwips(values[3]));
    }

    private void ReadProperty(string argument, int line)
    {
        var space = argument.IndexOfAny(Blank);
        var key = space < 0 ? argument : argument[..space];
        var value = space < 0 ? "" : argument[space..].Trim(Blank);
        var property = key == "Author" ? CoreProperty.Creator : Enum.TryParse<CoreProperty>(key, out var parsed) && parsed.ToString() == key ? parsed : (CoreProperty?)null;
        if (property is null)
        {
            _errors.Add(new AuthoringError(line, $".property: unknown property '{key}' (known: {string.Join(", ", Enum.GetNames<CoreProperty>())})"));
        }
        else if (value.Length == 0)
        {
            _errors.Add(new AuthoringError(line, $".property {key} needs a value"));
        }
        else
        {
            _settings.Properties[property.Value] = value;
        }
    }

    private void ReadBlank(string argument, ParagraphFormat format, int line)
    {
        var count = 1;
        if (argument.Length > 0 && (!int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > 100))
        {
            _errors.Add(new AuthoringError(line, $".blank takes a count from 1 to 100, not '{argument}'"));
            return;
        }

        _blocks.Add(new BlankBlock(line, count, format));
    }

    private ParagraphFormat ReadParagraphFormat(IReadOnlyList<OptionItem>? options, int line, string name)
    {
        if (options is null)
        {
            return ParagraphFormat.None;
        }

        var set = OptionSet.Bind(options, ["bold", "keep"], ["font", "size", "align", "indent", "before", "after", "line"], line, $".{name}", _errors);
        var align = set.Text("align") switch
        {
            null => null,
            "left" => Alignment.Left,
            "center" => Alignment.Center,
            "right" => Alignment.Right,
            "both" => Alignment.Both,
            var other => Invalid(line, $"align must be left, center, right or both, not '{other}'"),
        };

        return new ParagraphFormat
        {
            Font = set.Text("font"),
            HalfPoints = set.FontSize("size"),
            Bold = set.Has("bold"),
            Align = align,
            IndentChars = set.Number("indent", 0),
            BeforePt = set.Number("before", 0),
            AfterPt = set.Number("after", 0),
            LinePt = set.Number("line", 0, minExclusive: true),
            KeepWithNext = set.Has("keep"),
        };
    }

    private Alignment? Invalid(int line, string message)
    {
        _errors.Add(new AuthoringError(line, message));
        return null;
    }

    private void OpenTable(IReadOnlyList<OptionItem> options, string argument, int line)
    {
        ExpectNoArgument("table", argument, line);
        var set = OptionSet.Bind(options, [], ["cols", "font", "size"], line, ".table", _errors);
        double[]? columns = null;
        if (set.Text("cols") is { } cols)
        {
            columns = ParseColumns(cols);
            if (columns is null)
            {
                _errors.Add(new AuthoringError(line, $"cols must be positive relative widths separated by |, e.g. cols=3|7|3|7, not '{cols}'"));
            }
        }

        _table = new TableBuilder(line, columns, set.Text("font"), set.FontSize("size"), _errors);
    }

    private static double[]? ParseColumns(string cols)
    {
        var parts = cols.Split('|');
        var widths = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i].Trim(Blank), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out widths[i]) || widths[i] <= 0 || widths[i] > 10000)
            {
                return null;
            }
        }

        return parts.Length <= 63 ? widths : null;
    }

    private void CloseTable()
    {
        _blocks.Add(_table!.Build());
        _table = null;
    }
}
