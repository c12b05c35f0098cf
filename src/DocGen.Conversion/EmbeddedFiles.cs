namespace DocGen.Conversion;

/// <summary>Files that travel inside this assembly (the bridge script, the worker profile), so there is nothing to deploy or find on disk.</summary>
internal static class EmbeddedFiles
{
    public static byte[] Read(string logicalName)
    {
        using var stream = typeof(EmbeddedFiles).Assembly.GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException(logicalName + " is not embedded in " + typeof(EmbeddedFiles).Assembly.GetName().Name);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
