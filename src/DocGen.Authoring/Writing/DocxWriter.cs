using DocGen.Authoring.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Authoring.Writing;

/// <summary>Assembles the package with the SDK, then re-packs it so the bytes depend on the source alone.</summary>
internal static class DocxWriter
{
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    public static byte[] Write(FormSource source)
    {
        var settings = source.Settings;
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            // Relationship ids are given explicitly: the SDK would otherwise draw random ones.
            var main = package.AddNewPart<MainDocumentPart>(MainContentType, "rId1");
            if (settings.Properties.Count > 0)
            {
                var core = package.AddNewPart<CoreFilePropertiesPart>("rId2");
                using var coreStream = core.GetStream(FileMode.Create);
                CorePropertiesXml.Write(coreStream, settings.Properties);
            }

            main.AddNewPart<StyleDefinitionsPart>("rId1").Styles = StylesBuilder.Build(settings);
            main.AddNewPart<DocumentSettingsPart>("rId2").Settings = SettingsBuilder.Build();
            var fontTable = main.AddNewPart<FontTablePart>("rId3");

            string? footerId = null;
            if (settings.PageNumbers)
            {
                footerId = "rId4";
                main.AddNewPart<FooterPart>(footerId).Footer = FooterBuilder.Build();
            }

            main.Document = new Document(new BodyBuilder(settings, footerId).Build(source.Blocks));
            fontTable.Fonts = FontTableBuilder.Build(FontsUsed(main, settings));
        }

        return DeterministicZip.Rewrite(stream.ToArray());
    }

    private static IEnumerable<string> FontsUsed(MainDocumentPart main, DocumentSettings settings)
    {
        OpenXmlElement[] roots = [main.StyleDefinitionsPart!.Styles!, main.Document];
        return roots
            .SelectMany(root => root.Descendants<RunFonts>())
            .Select(fonts => fonts.EastAsia?.Value)
            .OfType<string>()
            .Append(settings.BodyFont);
    }
}
