using Scriban.Runtime;

namespace DocGen.Templates.Scripting;

/// <summary>A name bound by a loop in the render's root scope; disposing it gives the name back its earlier value (or removes it).</summary>
internal readonly struct LoopBinding : IDisposable
{
    private readonly ScriptObject _root;
    private readonly string _name;
    private readonly bool _hid;
    private readonly object? _hidden;

    public LoopBinding(ScriptObject root, string name)
    {
        _root = root;
        _name = name;
        _hid = root.TryGetValue(name, out _hidden);
    }

    public object? Value
    {
        set => _root[_name] = value;
    }

    public void Dispose()
    {
        if (_hid) _root[_name] = _hidden;
        else _root.Remove(_name);
    }
}
