using System.Security.Cryptography;
using System.Text.Json;

namespace DocGen.Cli.Commands;

/// <summary>Reads the JSON data a command fills a form with.</summary>
internal static class DataFile
{
    public static (JsonDocument? Data, string Hash) Read(FileInfo? file)
    {
        var bytes = file is null ? "{}"u8.ToArray() : File.ReadAllBytes(file.FullName);
        var hash = file is null ? "blank" : Convert.ToHexStringLower(SHA256.HashData(bytes));
        try
        {
            return (JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 }), hash);
        }
        catch (JsonException e)
        {
            Console.Error.WriteLine($"{file?.Name}: error: not valid JSON: {e.Message}");
            return (null, hash);
        }
    }
}
