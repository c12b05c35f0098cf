namespace DocGen.Authoring.Writing;

/// <summary>The typefaces of GB/T 9704 and the names Windows ships them under.</summary>
internal static class OfficialFonts
{
    public const string TitleFont = "方正小标宋简体";
    public const string Hei = "黑体";
    public const string Kai = "楷体_GB2312";
    public const string Song = "宋体";

    // Recent Windows has 仿宋 and 楷体 but not the older *_GB2312 names; the font table's altName lets Word
    // fall back to the font an official actually has instead of an arbitrary substitute.
    private static readonly Dictionary<string, string> AlternateNames = new(StringComparer.Ordinal)
    {
        ["仿宋_GB2312"] = "仿宋",
        ["楷体_GB2312"] = "楷体",
        ["方正小标宋简体"] = "方正小标宋_GBK",
        ["黑体"] = "SimHei",
        ["宋体"] = "SimSun",
        ["仿宋"] = "FangSong",
        ["楷体"] = "KaiTi",
    };

    public static string? AlternateName(string font) => AlternateNames.GetValueOrDefault(font);
}
