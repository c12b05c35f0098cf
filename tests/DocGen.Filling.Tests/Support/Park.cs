using System.Text.Json.Nodes;
using DocGen.Templates.Catalog;

namespace DocGen.Filling.Tests.Support;

/// <summary>Henan's green-park self-evaluation: a form that computes its score from weighted indicators.</summary>
internal static class Park
{
    public static readonly string Directory = Path.Combine(Repository.Templates, "henan", "green-park-self-evaluation", "2023");

    public static FormVersion Load()
    {
        var (version, diagnostics) = VersionLoader.Load(Directory);
        return version ?? throw new InvalidOperationException(string.Join("\n", diagnostics));
    }

    public static byte[] Sample() => File.ReadAllBytes(Path.Combine(Directory, "samples", "hebi-etdz.json"));

    /// <summary>The sample with <paramref name="change"/> made to it.</summary>
    public static byte[] Sample(Action<JsonObject> change)
    {
        var data = JsonNode.Parse(Sample())!.AsObject();
        change(data);
        return System.Text.Encoding.UTF8.GetBytes(data.ToJsonString());
    }
}
