using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Authoring.Writing;

internal static class SettingsBuilder
{
    public static Settings Build() => new(
        new Zoom { Percent = "100" },
        new DefaultTabStop { Val = 420 },
        // Chinese punctuation is compressed at line starts and ends, as Word does for zh-CN documents.
        new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation },
        // Word 2013+ layout, so that Word does not open the form in compatibility mode and move tables.
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }));
}
