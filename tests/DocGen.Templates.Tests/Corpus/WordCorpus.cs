using static DocGen.Templates.Tests.Corpus.WordWriter;

namespace DocGen.Templates.Tests.Corpus;

/// <summary>
/// Templates as officials bring them: typed in Word, Word for the web, WPS or LibreOffice, with the markup those
/// editors leave in a document (split runs, proofing marks, bookmarks, fields, content controls, text boxes,
/// section breaks, pictures). Each states its data and the values that must come out.
/// </summary>
public static class WordCorpus
{
    /// <summary>The data every case is rendered with.</summary>
    public const string Data = """
        {"company":{"name":"河南绿源科技有限公司","uscc":"91410100MA44XXXX1K","address":"郑州市高新区科学大道100号"},
         "projects":[{"name":"余热回收改造","amount":120},{"name":"屋顶光伏电站","amount":350},{"name":"中水回用系统","amount":80}],
         "members":["甲单位","乙单位"],"code":"HN-2025-017","reviewer":"王审核","contact":"李联系","show":false,"agreed":true,"nothing":[]}
        """;

    private static readonly string[] Company = ["河南绿源科技有限公司", "91410100MA44XXXX1K"];
    private static readonly string[] Projects = ["余热回收改造", "屋顶光伏电站", "中水回用系统"];
    private static readonly string[] Amounts = ["120", "350", "80"];
    private static readonly int[] TwoColumns = [4000, 4000];

    public static IReadOnlyList<CorpusCase> Cases { get; } =
    [
        Case("word-fragmented-values", WordFlavour.Word, [.. Company, "郑州市高新区科学大道100号"], (w, k) =>
            w.Typed("企业名称：{{ company.name }}") + w.Typed("统一社会信用代码：{{ company.uscc }}")
            + w.P("", w.Runs("地址："), GoBack(0), w.Runs("{{ company.address }}")) + Section()),

        Case("word-goback-in-paragraph-loop", WordFlavour.Word, Projects, (w, k) =>
            w.Typed("{{ for p in projects }}") + w.P("", w.Runs("项目：{{ p.name }}"), GoBack(0)) + w.Typed("{{ end }}") + Section()),

        Case("word-bookmark-in-row-loop", WordFlavour.Word, [.. Projects, .. Amounts], (w, k) =>
            Table(TwoColumns,
                w.Row(Cell(4000, w.Typed("项目名称")), Cell(4000, w.Typed("投资（万元）"))),
                w.Row(Cell(4000, w.P("", Bookmark(5, "项目名称", w.Runs("{{ for p in projects }}{{ p.name }}")))), Cell(4000, w.Typed("{{ p.amount }}{{ end }}"))))
            + w.P("") + Section()),

        Case("word-picture-in-paragraph-loop", WordFlavour.Word, Projects, (w, k) =>
        {
            k.WithPicture = true;
            return w.Typed("{{ for p in projects }}") + w.P("", Picture(1, k.PictureRelationship), w.Runs("{{ p.name }}")) + w.Typed("{{ end }}") + Section();
        }),

        Case("word-content-control-in-row-loop", WordFlavour.Word, [.. Projects, .. Amounts], (w, k) =>
            Table(TwoColumns,
                w.Row(Cell(4000, w.Typed("项目")), Cell(4000, w.Typed("金额"))),
                w.Row(Cell(4000, w.P("", w.Runs("{{ for p in projects }}"), InlineControl(-1838712345, "名称", w.Runs("{{ p.name }}")))),
                      Cell(4000, w.P("", InlineControl(512, "金额", w.Runs("{{ p.amount }}")), w.Runs("{{ end }}")))))
            + w.P("") + Section()),

        Case("word-block-content-control-loop", WordFlavour.Word, [.. Projects, "350万元"], (w, k) =>
            BlockControl(202, "项目简介", w.Typed("{{ for p in projects }}") + w.Typed("{{ p.name }}：{{ p.amount }}万元") + w.Typed("{{ end }}")) + Section()),

        Case("word-comment-in-loop", WordFlavour.Word, [.. Projects, "王审核"], (w, k) =>
        {
            k.Add("comments", $"<w:comments {WordPackage.Namespaces}><w:comment w:id=\"0\" w:author=\"审核人\" w:date=\"2025-03-01T09:00:00Z\" w:initials=\"审\">{w.P("", "<w:r><w:annotationRef/></w:r>", w.Runs("审核人：{{ reviewer }}"))}</w:comment></w:comments>");
            return w.Typed("{{ for p in projects }}")
                + w.P("", "<w:commentRangeStart w:id=\"0\"/>", w.Runs("{{ p.name }}"), "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r>")
                + w.Typed("{{ end }}") + Section();
        }) with { NotPrinted = ["王审核"] },

        Case("word-page-break-after-for", WordFlavour.Word, Projects, (w, k) =>
            w.Typed("封面") + w.P("", w.Runs("{{ for p in projects }}"), PageBreak) + w.Typed("{{ p.name }}") + w.Typed("{{ end }}") + w.Typed("结束") + Section(),
            once: ["封面", "结束"]),

        Case("word-page-break-after-end", WordFlavour.Word, Projects, (w, k) =>
            w.Typed("{{ for p in projects }}") + w.Typed("{{ p.name }}") + w.P("", w.Runs("{{ end }}"), PageBreak) + w.Typed("附件") + Section(),
            once: ["附件"]),

        Case("word-column-break-in-if-marker", WordFlavour.Word, ["左栏", "右栏"], (w, k) =>
            w.Typed("左栏") + w.P("", w.Runs("{{ if agreed }}"), ColumnBreak) + w.Typed("右栏") + w.Typed("{{ end }}") + Section()),

        Case("word-section-break-in-end-marker", WordFlavour.Word, [.. Projects, "横向附表"], (w, k) =>
            w.Typed("{{ for p in projects }}") + w.Typed("{{ p.name }}") + w.Typed("{{ end }}", Section())
            + w.Typed("横向附表") + Section(landscape: true)),

        Case("word-section-break-with-false-condition", WordFlavour.Word, ["第一节", "第二节"], (w, k) =>
            w.Typed("第一节") + w.Typed("{{ if show }}") + w.Typed("隐藏内容") + w.Typed("{{ end }}", Section(landscape: true)) + w.Typed("第二节") + Section(),
            absent: ["隐藏内容"]),

        Case("word-table-of-an-empty-loop", WordFlavour.Word, ["表前说明", "表后说明"], (w, k) =>
            w.Typed("表前说明")
            + Table(TwoColumns, w.Row(Cell(4000, w.Typed("{{ for x in nothing }}{{ x }}")), Cell(4000, w.Typed("{{ end }}"))))
            + w.Typed("表后说明") + Section()),

        Case("word-table-rows-under-a-false-condition", WordFlavour.Word, ["序号", "名称"], (w, k) =>
            Table(TwoColumns,
                w.Row(Cell(4000, w.Typed("序号")), Cell(4000, w.Typed("名称"))),
                w.Row(Cell(4000, w.Typed("{{ if show }}")), Cell(4000, w.P(""))),
                w.Row(Cell(4000, w.Typed("1")), Cell(4000, w.Typed("不应出现"))),
                w.Row(Cell(4000, w.Typed("{{ end }}")), Cell(4000, w.P(""))))
            + w.P("") + Section(),
            absent: ["不应出现"]),

        Case("word-text-around-a-paragraph-loop", WordFlavour.Word, ["参与单位：", "甲单位", "乙单位", "以上单位均已盖章"], (w, k) =>
            w.Typed("参与单位：{{ for m in members }}") + w.Typed("{{ m }}") + w.Typed("{{ end }}以上单位均已盖章") + Section(),
            once: ["参与单位：", "以上单位均已盖章"]),

        Case("word-text-around-a-false-condition", WordFlavour.Word, ["备注：", "（完）"], (w, k) =>
            w.Typed("备注：{{ if show }}") + w.Typed("保密内容") + w.Typed("{{ end }}（完）") + Section(),
            once: ["备注：", "（完）"], absent: ["保密内容"]),

        Case("word-inline-loop", WordFlavour.Word, ["成员：甲单位、乙单位、。"], (w, k) =>
            w.Typed("成员：{{ for m in members }}{{ m }}、{{ end }}。") + Section(), once: ["成员："]),

        Case("word-text-box", WordFlavour.Word, ["HN-2025-017", "河南绿源科技有限公司"], (w, k) =>
            w.P("", TextBox(3, w.Typed("编号：{{ code }}")), w.Runs("{{ company.name }}")) + Section()),

        Case("word-text-box-in-loop", WordFlavour.Word, Projects, (w, k) =>
            w.Typed("{{ for p in projects }}") + w.P("", TextBox(4, w.Typed("{{ p.name }}"))) + w.Typed("{{ end }}") + Section()),

        Case("word-footnote", WordFlavour.Word, ["河南绿源科技有限公司", "李联系"], (w, k) =>
        {
            k.Add("footnotes", Notes("footnote", w.Runs("联系人：{{ contact }}")));
            return w.P("", w.Runs("{{ company.name }}"), "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteReference w:id=\"1\"/></w:r>") + Section();
        }),

        Case("word-endnote", WordFlavour.Word, ["HN-2025-017", "王审核"], (w, k) =>
        {
            k.Add("endnotes", Notes("endnote", w.Runs("审核：{{ reviewer }}")));
            return w.P("", w.Runs("编号{{ code }}"), "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:endnoteReference w:id=\"1\"/></w:r>") + Section();
        }),

        Case("word-header-and-footer-with-page-fields", WordFlavour.Word, ["河南绿源科技有限公司", "HN-2025-017", "正文"], (w, k) =>
        {
            var header = k.Add("header", $"<w:hdr {WordPackage.Namespaces}>{w.Typed("{{ company.name }}")}</w:hdr>");
            var footer = k.Add("footer", $"<w:ftr {WordPackage.Namespaces}>{w.P("<w:jc w:val=\"center\"/>", w.Runs("{{ code }} 第"), Field("PAGE  \\* MERGEFORMAT", "1"), w.Runs("页 共"), SimpleField("NUMPAGES", "1"), w.Runs("页"))}</w:ftr>");
            return w.Typed("正文") + Section(header, footer);
        }),

        Case("word-table-of-contents", WordFlavour.Word, ["一、企业基本情况", "河南绿源科技有限公司"], (w, k) =>
            w.P("", "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-3\" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>",
                "<w:hyperlink w:anchor=\"_Toc100\" w:history=\"1\"><w:r><w:t>一、企业基本情况</w:t></w:r><w:r><w:tab/></w:r>", Field("PAGEREF _Toc100 \\h", "1"), "</w:hyperlink>")
            + w.P("", "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>")
            + w.P("<w:pStyle w:val=\"1\"/>", Bookmark(100, "_Toc100", w.Runs("一、企业基本情况")))
            + w.Typed("{{ company.name }}") + Section()),

        Case("word-tag-in-hyperlink", WordFlavour.Word, ["河南绿源科技有限公司"], (w, k) =>
            w.P("", Bookmark(7, "企业", w.Runs("企业"))) + w.P("", "<w:hyperlink w:anchor=\"企业\" w:history=\"1\">", w.Runs("{{ company.name }}", "<w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/>"), "</w:hyperlink>") + Section()),

        Case("word-nested-table-row-loop", WordFlavour.Word, [.. Projects, .. Amounts, "外表"], (w, k) =>
            Table([8000], w.Row(Cell(8000, w.Typed("外表"),
                Table(TwoColumns, w.Row(Cell(4000, w.Typed("{{ for p in projects }}{{ p.name }}")), Cell(4000, w.Typed("{{ p.amount }}{{ end }}")))),
                w.P(""))))
            + w.P("") + Section()),

        Case("word-rows-in-a-content-control", WordFlavour.Word, [.. Projects, .. Amounts], (w, k) =>
            Table(TwoColumns,
                w.Row(Cell(4000, w.Typed("项目名称")), Cell(4000, w.Typed("金额"))),
                BlockControl(303, "项目行", w.Row(Cell(4000, w.Typed("{{ for p in projects }}{{ p.name }}")), Cell(4000, w.Typed("{{ p.amount }}{{ end }}")))))
            + w.P("") + Section()),

        Case("word-if-else-paragraphs", WordFlavour.Word, ["已同意"], (w, k) =>
            w.Typed("{{ if agreed }}") + w.Typed("已同意") + w.Typed("{{ else }}") + w.Typed("未同意") + w.Typed("{{ end }}") + Section(),
            absent: ["未同意"]),

        Case("word-nested-loops-with-bookmarks", WordFlavour.Word, [.. Projects, "甲单位", "乙单位"], (w, k) =>
            w.Typed("{{ for p in projects }}") + w.P("", Bookmark(11, "项目", w.Runs("{{ p.name }}")))
            + w.Typed("{{ for m in members }}") + w.P("", w.Runs("{{ m }}"), GoBack(12)) + w.Typed("{{ end }}")
            + w.Typed("{{ end }}") + Section()),

        Case("wordweb-document2-with-header", WordFlavour.WordWeb, [.. Company, "HN-2025-017"], (w, k) =>
        {
            var header = k.Add("header", $"<w:hdr {WordPackage.Namespaces}>{w.Typed("编号：{{ code }}")}</w:hdr>");
            return w.Typed("{{ company.name }}") + w.Typed("{{ company.uscc }}") + Section(header);
        }),

        Case("wordweb-row-loop", WordFlavour.WordWeb, [.. Projects, .. Amounts], (w, k) =>
            Table(TwoColumns,
                w.Row(Cell(4000, w.Typed("名称")), Cell(4000, w.Typed("金额"))),
                w.Row(Cell(4000, w.Typed("{{ for p in projects }}{{ p.name }}")), Cell(4000, w.Typed("{{ p.amount }}{{ end }}"))))
            + w.P("") + Section()),

        Case("wordweb-picture-and-section-in-loop-markers", WordFlavour.WordWeb, [.. Projects, "附表"], (w, k) =>
        {
            k.WithPicture = true;
            return w.Typed("{{ for p in projects }}") + w.P("", Picture(2, k.PictureRelationship), w.Runs("{{ p.name }}")) + w.Typed("{{ end }}", Section())
                + w.Typed("附表") + Section(landscape: true);
        }),

        Case("wps-values-with-font-hints", WordFlavour.Wps, [.. Company, "郑州市高新区科学大道100号"], (w, k) =>
            w.Typed("企业名称：{{ company.name }}") + w.Typed("代码：{{ company.uscc }}，地址：{{ company.address }}") + Section()),

        Case("wps-row-loop", WordFlavour.Wps, [.. Projects, .. Amounts], (w, k) =>
            Table(TwoColumns,
                w.Row(Cell(4000, w.Typed("项目名称")), Cell(4000, w.Typed("金额"))),
                w.Row(Cell(4000, w.Typed("{{ for p in projects }}{{ p.name }}")), Cell(4000, w.Typed("{{ p.amount }}万元{{ end }}"))))
            + w.P("") + Section()),

        Case("wps-header-footer", WordFlavour.Wps, ["河南绿源科技有限公司", "王审核"], (w, k) =>
        {
            var header = k.Add("header", $"<w:hdr {WordPackage.Namespaces}>{w.Typed("{{ company.name }}")}</w:hdr>");
            var footer = k.Add("footer", $"<w:ftr {WordPackage.Namespaces}>{w.P("", w.Runs("审核：{{ reviewer }}"), Field("PAGE", "1"))}</w:ftr>");
            return w.Typed("正文") + Section(header, footer);
        }),

        Case("libreoffice-values", WordFlavour.LibreOffice, [.. Company], (w, k) =>
            w.Typed("企业名称：{{ company.name }}") + w.Typed("代码：{{ company.uscc }}") + Section()),

        Case("libreoffice-paragraph-loop-with-header", WordFlavour.LibreOffice, [.. Projects, "HN-2025-017"], (w, k) =>
        {
            var header = k.Add("header", $"<w:hdr {WordPackage.Namespaces}>{w.Typed("{{ code }}")}</w:hdr>");
            return w.Typed("{{ for p in projects }}") + w.Typed("{{ p.name }}") + w.Typed("{{ end }}") + Section(header);
        }),

        Case("libreoffice-empty-loop-table", WordFlavour.LibreOffice, ["表头"], (w, k) =>
            w.Typed("表头") + Table(TwoColumns, w.Row(Cell(4000, w.Typed("{{ for x in nothing }}{{ x }}")), Cell(4000, w.Typed("{{ end }}")))) + w.P("") + Section()),
    ];

    private static CorpusCase Case(string name, WordFlavour flavour, string[] expected, Func<WordWriter, WordPackage, string> write, string[]? once = null, string[]? absent = null) =>
        new(name, flavour, Data, expected, once ?? [], absent ?? []) { Write = write };

    private static string Notes(string kind, string runs) =>
        $"<w:{kind}s {WordPackage.Namespaces}>" +
        $"<w:{kind} w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>" +
        $"<w:{kind} w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>" +
        $"<w:{kind} w:id=\"1\"><w:p><w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:{kind}Ref/></w:r>{runs}</w:p></w:{kind}>" +
        $"</w:{kind}s>";
}
