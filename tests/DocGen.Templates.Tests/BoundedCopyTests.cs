using DocGen.Templates.Packaging;

namespace DocGen.Templates.Tests;

/// <summary>A part is unpacked into one array of the size its entry declares, and never past it.</summary>
public sealed class BoundedCopyTests
{
    [Fact]
    public void AnEntryHoldingWhatItDeclaresIsReadIntoOneArrayOfThatSize()
    {
        var bytes = Enumerable.Range(0, 200_000).Select(i => (byte)i).ToArray();

        var read = BoundedCopy.Read(new MemoryStream(bytes), bytes.Length);

        Assert.Equal(bytes, read);
    }

    [Fact]
    public void AnEntryHoldingMoreThanItDeclaresIsRefused()
    {
        Assert.Throws<InvalidDataException>(() => BoundedCopy.Read(new MemoryStream(new byte[1000]), 10));
    }

    [Fact]
    public void AnEntryHoldingLessThanItDeclaresIsWhatItHolds()
    {
        Assert.Equal([1, 2, 3], BoundedCopy.Read(new MemoryStream([1, 2, 3]), 10));
    }
}
