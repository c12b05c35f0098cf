namespace DocGen.Templates.Packaging;

/// <summary>Unpacks a zip entry without trusting its header: never more bytes than it declared.</summary>
internal static class BoundedCopy
{
    /// <summary>
    /// The entry's bytes, read straight into one array of the declared size (no copy buffer, no second copy): every
    /// document is unpacked on its way to a converter, so this is on the path of each PDF.
    /// </summary>
    /// <exception cref="InvalidDataException">The entry holds more than <paramref name="declared"/> bytes.</exception>
    public static byte[] Read(Stream source, long declared)
    {
        var bytes = new byte[declared];
        var read = source.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        if (source.ReadByte() >= 0) throw new InvalidDataException("an entry is larger than its header says");
        return read == bytes.Length ? bytes : bytes[..read];
    }
}
