using DocGen.Templates.Scripting;
using DocGen.Validation.Formats;
using Scriban.Runtime;

namespace DocGen.Templates.Rendering;

/// <summary>Decodes an image value (base64, data URI, or {data, caption}) and reads its pixel size from the header.</summary>
internal sealed record ImageData(byte[] Bytes, string Extension, int Width, int Height, string? Caption)
{
    public const int MaxBytes = 20 * 1024 * 1024;

    public static ImageData? TryDecode(object value, ScriptContext context, out string? problem)
    {
        problem = null;
        string? text = null;
        string? caption = null;
        if (value is string s)
        {
            text = s;
        }
        else if (value is ScriptObject image)
        {
            if (image.TryGetValue("data", out var data) && data is string d) text = d;
            if (image.TryGetValue("caption", out var c) && c is not null) caption = context.Text(c);
        }
        if (string.IsNullOrEmpty(text)) return null;
        var comma = text.StartsWith("data:", StringComparison.Ordinal) ? text.IndexOf(',') : -1;
        var payload = comma >= 0 ? text[(comma + 1)..] : text;
        if (payload.Length > MaxBytes / 3 * 4 + 4)
        {
            problem = $"the image is larger than {MaxBytes / (1024 * 1024)} MB";
            return null;
        }
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(payload.Trim());
        }
        catch (FormatException)
        {
            problem = "the image is not valid base64";
            return null;
        }
        if (ImageHeader.Read(bytes) is not { } size)
        {
            problem = "the image is not a PNG, JPEG, GIF or BMP file, or its header is damaged";
            return null;
        }
        if (!size.IsAcceptable)
        {
            problem = $"the image size {size} is not acceptable";
            return null;
        }
        return new ImageData(bytes, size.Extension, (int)size.Width, (int)size.Height, caption);
    }
}
