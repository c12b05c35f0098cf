namespace DocGen.Browser.Tests.Support;

/// <summary>Markup as Word writes it when an official edits a template, to build broken templates from the catalog's.</summary>
internal static class WordMarkup
{
    /// <summary>
    /// A run holding a floating text box with one paragraph: a DrawingML shape, and the VML copy Word adds for older
    /// readers (which LibreOffice lays out here, as each namespace is declared where it is first used).
    /// </summary>
    public static string TextBox(string text)
    {
        var paragraph = $"""<w:txbxContent><w:p><w:r><w:t xml:space="preserve">{System.Security.SecurityElement.Escape(text)}</w:t></w:r></w:p></w:txbxContent>""";
        return """<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing>"""
            + """<wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>2400000</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="3000000" cy="400000"/><wp:wrapNone/><wp:docPr id="901" name="文本框 1"/>"""
            + """<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="3000000" cy="400000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>"""
            + $"""<wps:txbx>{paragraph}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"""
            + $"""<mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" style="position:absolute;margin-left:189pt;width:236pt;height:31pt"><v:textbox>{paragraph}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>""";
    }

    /// <summary>
    /// A tag's text over several runs, as Word saves a tag typed in pieces: spell-check marks around the part it
    /// does not know, and that part in a run of its own language.
    /// </summary>
    public static string SplitTag(string opening, string unknownWord, string closing) =>
        $"""<w:r><w:t xml:space="preserve">{opening}</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:rPr><w:lang w:val="en-US"/></w:rPr><w:t>{unknownWord}</w:t></w:r><w:proofErr w:type="spellEnd"/><w:r><w:t xml:space="preserve">{closing}</w:t></w:r>""";
}
