using System.Text.Json;
using DocGen.Templates.Syntax;

namespace DocGen.Templates.Binding;

/// <summary>What names mean while rendering: the data root, the version's constants, loop variables and loop state.</summary>
internal sealed class Scope(JsonElement data, JsonElement constants)
{
    private readonly List<(string Name, DataValue Value)> _variables = [];
    private readonly List<(int Index, int Count)> _loops = [];

    public void Push(string name, DataValue value, int index, int count)
    {
        _variables.Add((name, value));
        _loops.Add((index, count));
    }

    public void SetIteration(DataValue value, int index)
    {
        var last = _variables.Count - 1;
        _variables[last] = (_variables[last].Name, value);
        _loops[last] = (index, _loops[last].Count);
    }

    public void Pop()
    {
        _variables.RemoveAt(_variables.Count - 1);
        _loops.RemoveAt(_loops.Count - 1);
    }

    public DataValue Evaluate(Expression expression) => expression switch
    {
        PathExpression path => Resolve(path.Segments),
        LiteralExpression literal => DataValue.FromLiteral(literal.Value),
        ComparisonExpression c => DataValue.From(Evaluate(c.Left).ValueEquals(Evaluate(c.Right)) == c.Equal),
        NotExpression n => DataValue.From(!Evaluate(n.Operand).IsTruthy),
        LogicalExpression l => DataValue.From(l.And
            ? Evaluate(l.Left).IsTruthy && Evaluate(l.Right).IsTruthy
            : Evaluate(l.Left).IsTruthy || Evaluate(l.Right).IsTruthy),
        _ => DataValue.Missing,
    };

    public DataValue Resolve(IReadOnlyList<string> segments)
    {
        var head = segments[0];
        for (var i = _variables.Count - 1; i >= 0; i--)
        {
            if (_variables[i].Name != head) continue;
            var value = _variables[i].Value;
            return value.IsElement ? Walk(value.Element, segments, 1) : segments.Count == 1 ? value : DataValue.Missing;
        }
        if (head == "loop" && _loops.Count > 0 && segments.Count == 2)
        {
            var (index, count) = _loops[^1];
            return segments[1] switch
            {
                "index" => DataValue.From(index + 1),
                "index0" => DataValue.From(index),
                "first" => DataValue.From(index == 0),
                "last" => DataValue.From(index == count - 1),
                "count" => DataValue.From(count),
                _ => DataValue.Missing,
            };
        }
        if (head == "form") return Walk(constants, segments, 1);
        return Walk(data, segments, 0);
    }

    private static DataValue Walk(JsonElement current, IReadOnlyList<string> segments, int from)
    {
        for (var i = from; i < segments.Count; i++)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(segments[i], out current)) return DataValue.Missing;
        }
        return DataValue.From(current);
    }
}
