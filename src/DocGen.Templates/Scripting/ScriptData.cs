using System.Text.Json;
using DocGen.Validation;
using Scriban.Runtime;

namespace DocGen.Templates.Scripting;

/// <summary>
/// The request's JSON as Scriban sees it: objects become <see cref="ScriptObject"/>, arrays <see cref="ScriptArray"/>,
/// numbers <see cref="decimal"/> (as written: 1.50 stays 1.50) and strings stay strings. Nothing else is exposed, so
/// a template reaches the data and never a .NET object; a string is only ever a value, never a template.
/// </summary>
internal static class ScriptData
{
    public static object? From(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var members = new ScriptObject();
                // A repeated name (valid JSON) keeps its last value, as JSON readers do.
                foreach (var property in element.EnumerateObject()) members[property.Name] = From(property.Value);
                return members;
            case JsonValueKind.Array:
                var items = new ScriptArray(element.GetArrayLength());
                foreach (var item in element.EnumerateArray()) items.Add(From(item));
                return items;
            case JsonValueKind.String:
                return JsonText.Read(element);
            case JsonValueKind.Number:
                return element.TryGetDecimal(out var exact) ? exact : element.GetDouble();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }
}
