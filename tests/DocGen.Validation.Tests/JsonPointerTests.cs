using System.Text.Json;
using DocGen.Validation.Schema;

namespace DocGen.Validation.Tests;

/// <summary>RFC 6901 pointers, read and written in one place for the whole service.</summary>
public sealed class JsonPointerTests
{
    [Fact]
    public void NamesWithSlashesAndTildesSurviveAWriteAndARead()
    {
        string[] names = ["a/b", "~x", "~1", "项目", ""];
        var pointer = JsonPointer.Join(names);
        Assert.Equal("/a~1b/~0x/~01/项目/", pointer);
        Assert.True(JsonPointer.TryParse(pointer, out var read));
        Assert.Equal(names, read);
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("/a~2")]
    [InlineData("/a~")]
    public void TextThatIsNotAPointerIsRefused(string text) => Assert.False(JsonPointer.TryParse(text, out _));

    [Fact]
    public void SegmentsLeadThroughMembersAndItemsButNotPastTheEnd()
    {
        using var data = JsonDocument.Parse("""{"list":[{"a/b":1},{"a/b":2}]}""");
        Assert.True(JsonPointer.TryResolve(data.RootElement, "/list/1/a~1b", out var found));
        Assert.Equal(2, found.GetInt32());
        Assert.True(JsonPointer.TryResolve(data.RootElement, ["list", "0", "a/b"], out found));
        Assert.Equal(1, found.GetInt32());
        Assert.False(JsonPointer.TryResolve(data.RootElement, ["list", "2"], out _));
        Assert.False(JsonPointer.TryResolve(data.RootElement, ["list", "01"], out _));
    }
}
