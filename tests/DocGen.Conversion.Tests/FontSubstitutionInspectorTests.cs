using DocGen.Conversion.Fonts;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocGen.Conversion.Tests;

public sealed class FontSubstitutionInspectorTests
{
    private static readonly string FontConfig = Path.Combine(AppContext.BaseDirectory, "fonts", "fonts.conf");

    [Fact]
    public async Task Maps_Kai_and_founder_names_and_flags_an_unplanned_fallback()
    {
        var inspector = new FontSubstitutionInspector("fc-match", FontConfig, NullLogger.Instance);

        var substitutions = (await inspector.InspectAsync(["楷体_GB2312", "FZXiaoBiaoSong-B05S", "Wingdings", "DejaVu Sans"])).ToDictionary(s => s.Requested);

        Assert.Equal(new FontSubstitution("楷体_GB2312", "AR PL UKai CN", Mapped: true), substitutions["楷体_GB2312"]);
        // '-' means "size" in fontconfig patterns: the name must be escaped to be looked up as a family.
        Assert.Equal(new FontSubstitution("FZXiaoBiaoSong-B05S", "Noto Serif CJK SC", Mapped: true), substitutions["FZXiaoBiaoSong-B05S"]);
        Assert.False(substitutions["Wingdings"].Mapped);
        Assert.False(substitutions.ContainsKey("DejaVu Sans"), "an installed font is not a substitution");
    }

    [Fact]
    public void Escapes_fontconfig_pattern_syntax() =>
        Assert.Equal(@"A\-B\:C\,D\\E", FontSubstitutionInspector.EscapePattern(@"A-B:C,D\E"));
}
