using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace DocGen.Validation;

/// <summary>
/// JSON strings as people send them. <c>"\uD800"</c> is valid JSON but not valid UTF-16, and System.Text.Json
/// refuses to hand such a string out, so every stage that reads strings (validation, computation, file names)
/// would have to defend itself. Input is cleaned once when it is read (<see cref="WithoutLoneSurrogates"/>), and
/// <see cref="Read"/> reads a string of input that was not. Either way lone surrogates are dropped, as the engine
/// drops them from text, and well-formed pairs are kept.
/// </summary>
public static class JsonText
{
    /// <summary>The string <paramref name="element"/> holds, without its lone surrogates.</summary>
    public static string Read(JsonElement element)
    {
        try
        {
            return element.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            var raw = element.GetRawText();
            return Unescape(Encoding.UTF8.GetBytes(raw, 1, raw.Length - 2));
        }
    }

    /// <summary>
    /// <paramref name="document"/> (parsed from <paramref name="json"/> with <paramref name="options"/>) itself,
    /// or a copy without lone surrogates, the original then disposed. Input without a surrogate escape (nearly
    /// all) is returned as it is, untouched.
    /// </summary>
    public static JsonDocument WithoutLoneSurrogates(JsonDocument document, ReadOnlyMemory<byte> json, JsonDocumentOptions options)
    {
        if (!HasSurrogateEscape(json.Span) || !HasLoneSurrogate(document.RootElement)) return document;
        var output = new ArrayBufferWriter<byte>(json.Length);
        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { SkipValidation = true }))
        {
            var reader = new Utf8JsonReader(json.Span, new JsonReaderOptions { MaxDepth = options.MaxDepth });
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject: writer.WriteStartObject(); break;
                    case JsonTokenType.EndObject: writer.WriteEndObject(); break;
                    case JsonTokenType.StartArray: writer.WriteStartArray(); break;
                    case JsonTokenType.EndArray: writer.WriteEndArray(); break;
                    case JsonTokenType.PropertyName: writer.WritePropertyName(Read(ref reader)); break;
                    case JsonTokenType.String: writer.WriteStringValue(Read(ref reader)); break;
                    case JsonTokenType.Number: writer.WriteRawValue(reader.ValueSpan, skipInputValidation: true); break;
                    case JsonTokenType.True: writer.WriteBooleanValue(true); break;
                    case JsonTokenType.False: writer.WriteBooleanValue(false); break;
                    case JsonTokenType.Null: writer.WriteNullValue(); break;
                }
            }
        }
        document.Dispose();
        return JsonDocument.Parse(output.WrittenMemory, options);
    }

    // A \u escape of D800–DFFF somewhere: the only way a lone surrogate gets into JSON that parsed as UTF-8.
    private static bool HasSurrogateEscape(ReadOnlySpan<byte> json)
    {
        for (var i = 0; i + 3 < json.Length; i++)
        {
            if (json[i] == '\\' && json[i + 1] == 'u' && (json[i + 2] | 0x20) == 'd' && (json[i + 3] | 0x20) is (byte)'8' or (byte)'9' or >= (byte)'a' and <= (byte)'f')
                return true;
        }
        return false;
    }

    private static bool HasLoneSurrogate(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return !Readable(element);
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) if (HasLoneSurrogate(item)) return true;
                return false;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    try
                    {
                        _ = property.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        return true;
                    }
                    if (HasLoneSurrogate(property.Value)) return true;
                }
                return false;
            default:
                return false;
        }
    }

    private static bool Readable(JsonElement element)
    {
        try
        {
            _ = element.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static string Read(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped) return Encoding.UTF8.GetString(reader.ValueSpan);
        try
        {
            return reader.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            return Unescape(reader.ValueSpan);
        }
    }

    /// <summary>The text of a JSON string's contents (between its quotes), escapes undone and lone surrogates dropped.</summary>
    private static string Unescape(ReadOnlySpan<byte> raw)
    {
        var units = new StringBuilder(raw.Length);
        var start = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != '\\' || i + 1 >= raw.Length) continue;
            units.Append(Encoding.UTF8.GetString(raw[start..i]));
            var e = raw[++i];
            switch (e)
            {
                case (byte)'n': units.Append('\n'); break;
                case (byte)'t': units.Append('\t'); break;
                case (byte)'r': units.Append('\r'); break;
                case (byte)'b': units.Append('\b'); break;
                case (byte)'f': units.Append('\f'); break;
                case (byte)'u' when i + 4 < raw.Length && int.TryParse(Encoding.ASCII.GetString(raw.Slice(i + 1, 4)), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                    units.Append((char)code);
                    i += 4;
                    break;
                default: units.Append((char)e); break;
            }
            start = i + 1;
        }
        units.Append(Encoding.UTF8.GetString(raw[start..]));
        var clean = new StringBuilder(units.Length);
        for (var i = 0; i < units.Length; i++)
        {
            if (char.IsHighSurrogate(units[i]) && i + 1 < units.Length && char.IsLowSurrogate(units[i + 1])) clean.Append(units[i]).Append(units[++i]);
            else if (!char.IsSurrogate(units[i])) clean.Append(units[i]);
        }
        return clean.ToString();
    }
}
