namespace DocGen.Filling.Batch;

/// <summary>
/// Cuts a batch input into items byte by byte, without parsing them: only string, escape and nesting state is
/// kept, so memory holds at most one item (and not even that once the item is over its size cap). Each item
/// is parsed on its own afterwards, so a malformed item spoils nothing but itself.
/// </summary>
internal sealed class ItemScanner(BatchInputKind kind, int maxItemBytes)
{
    private enum Phase { Start, BeforeItem, InItem, AfterArray, Done }

    private readonly MemoryStream _item = new();
    private BatchInputKind _kind = kind;
    private Phase _phase = Phase.Start;
    private long _itemLength;
    private bool _meaningful;
    private bool _afterComma;
    private bool _inString;
    private bool _escape;
    private int _depth;
    private int _index;
    private int _bomBytes;

    public bool Ended => _phase == Phase.Done;

    /// <summary>The items completed by these bytes; a fatal one is always last.</summary>
    public List<RawItem> Feed(byte[] buffer, int count)
    {
        var items = new List<RawItem>();
        for (var i = 0; i < count && _phase != Phase.Done; i++) Step(buffer[i], items);
        return items;
    }

    /// <summary>The input ended: the last item (JSON Lines may omit the final newline), or why the input is incomplete.</summary>
    public RawItem? Finish()
    {
        if (_phase == Phase.Done) return null;
        if (_kind == BatchInputKind.Lines)
        {
            _phase = Phase.Done;
            return _meaningful ? Emit() : null;
        }
        var phase = _phase;
        _phase = Phase.Done;
        return phase switch
        {
            Phase.Start => new RawItem(_index, null, "请求体为空：需要一个 JSON 数组（[…]）或 JSON Lines（每行一个 JSON 对象）", Fatal: true),
            Phase.BeforeItem or Phase.InItem => new RawItem(_index, null, $"输入在第 {_index} 项（从0数）处中途结束：数组没有以 ] 结尾", Fatal: true),
            _ => null,
        };
    }

    /// <summary>Reading the input failed (too large, connection lost): the items read so far stand.</summary>
    public RawItem Cut(string reason)
    {
        _phase = Phase.Done;
        return new RawItem(_index, null, $"输入在第 {_index} 项（从0数）处中断：{reason}", Fatal: true);
    }

    private void Step(byte b, List<RawItem> items)
    {
        // A UTF-8 byte order mark may open the input (Windows editors write one).
        if (_phase == Phase.Start && _bomBytes < 3 && b == "\uFEFF"u8[_bomBytes])
        {
            _bomBytes++;
            return;
        }
        if (_kind == BatchInputKind.Sniff)
        {
            if (IsWhitespace(b)) return;
            _kind = b == (byte)'[' ? BatchInputKind.Array : BatchInputKind.Lines;
        }
        if (_kind == BatchInputKind.Lines) StepLine(b, items);
        else StepArray(b, items);
    }

    private void StepLine(byte b, List<RawItem> items)
    {
        _phase = Phase.InItem;
        if (b == (byte)'\n')
        {
            if (_meaningful) items.Add(Emit());
            else Reset();
            return;
        }
        if (!IsWhitespace(b)) _meaningful = true;
        Append(b);
    }

    private void StepArray(byte b, List<RawItem> items)
    {
        switch (_phase)
        {
            case Phase.Start:
                if (IsWhitespace(b)) return;
                if (b == (byte)'[')
                {
                    _phase = Phase.BeforeItem;
                    return;
                }
                _phase = Phase.Done;
                items.Add(new RawItem(0, null, "请求体应为 JSON 数组（[{…}, {…}]）；JSON Lines 请用 Content-Type: application/x-ndjson", Fatal: true));
                return;
            case Phase.BeforeItem:
                if (IsWhitespace(b)) return;
                if (b == (byte)']')
                {
                    if (_afterComma) items.Add(Empty());
                    _phase = Phase.AfterArray;
                    return;
                }
                if (b == (byte)',')
                {
                    items.Add(Empty());
                    _afterComma = true;
                    return;
                }
                _phase = Phase.InItem;
                StepInItem(b, items);
                return;
            case Phase.InItem:
                StepInItem(b, items);
                return;
            case Phase.AfterArray:
                if (IsWhitespace(b)) return;
                _phase = Phase.Done;
                items.Add(new RawItem(_index, null, "数组结束（]）之后还有内容", Fatal: true));
                return;
        }
    }

    private void StepInItem(byte b, List<RawItem> items)
    {
        if (_inString)
        {
            if (_escape) _escape = false;
            else if (b == (byte)'\\') _escape = true;
            else if (b == (byte)'"') _inString = false;
            Append(b);
            return;
        }
        switch (b)
        {
            case (byte)'"':
                _inString = true;
                break;
            case (byte)'{' or (byte)'[':
                _depth++;
                break;
            case (byte)']' when _depth == 0:
                items.Add(Emit());
                _phase = Phase.AfterArray;
                return;
            case (byte)',' when _depth == 0:
                items.Add(Emit());
                _phase = Phase.BeforeItem;
                _afterComma = true;
                return;
            case (byte)'}' or (byte)']':
                // An unbalanced closer stays in the item, whose own parse then reports it.
                if (_depth > 0) _depth--;
                break;
        }
        Append(b);
    }

    private void Append(byte b)
    {
        _itemLength++;
        if (_itemLength <= maxItemBytes) _item.WriteByte(b);
        else if (_item.Length > 0) _item.SetLength(0);
    }

    private RawItem Emit()
    {
        var index = _index++;
        var item = _itemLength > maxItemBytes
            ? new RawItem(index, null, $"该项大小超过上限（{BatchItemReader.FormatSize(maxItemBytes)}）")
            : new RawItem(index, _item.ToArray(), null);
        Reset();
        return item;
    }

    private RawItem Empty()
    {
        var item = new RawItem(_index++, null, "空项：两个逗号之间或逗号与 ] 之间没有值");
        Reset();
        return item;
    }

    private void Reset()
    {
        _item.SetLength(0);
        _itemLength = 0;
        _meaningful = false;
        _afterComma = false;
        _inString = false;
        _escape = false;
        _depth = 0;
    }

    private static bool IsWhitespace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';
}
