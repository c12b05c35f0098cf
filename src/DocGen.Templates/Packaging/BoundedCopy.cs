namespace DocGen.Templates.Packaging;

/// <summary>Unpacks a zip entry without trusting its header: never more bytes than it declared.</summary>
internal static class BoundedCopy
{
    /// <exception cref="InvalidDataException">The entry holds more than <paramref name="declared"/> bytes.</exception>
    public static void Copy(Stream source, Stream target, long declared)
    {
        var buffer = new byte[81920];
        long copied = 0;
        int read;
        while ((read = source.Read(buffer, 0, buffer.Length)) > 0)
        {
            copied += read;
            if (copied > declared) throw new InvalidDataException("an entry is larger than its header says");
            target.Write(buffer, 0, read);
        }
    }
}
