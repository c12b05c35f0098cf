using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Authoring.Writing;

/// <summary>fontTable.xml: every font the form names, marked as GB2312 fonts with their Windows alternates.</summary>
internal static class FontTableBuilder
{
    public static Fonts Build(IEnumerable<string> fontNames)
    {
        var fonts = new Fonts();
        foreach (var name in fontNames.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var font = new Font { Name = name };
            if (OfficialFonts.AlternateName(name) is { } alternate)
            {
                font.Append(new AltName { Val = alternate });
            }

            font.Append(
                new FontCharSet { Val = "86" },
                new FontFamily { Val = FontFamilyValues.Auto },
                new Pitch { Val = FontPitchValues.Variable });
            fonts.Append(font);
        }

        return fonts;
    }
}
