using DocGen.Templates.Summaries;
using static DocGen.Forms.Tests.Summaries.SummaryInputs;

namespace DocGen.Forms.Tests.Summaries;

/// <summary>Henan's 推荐汇总表 filled from the applications of the same notice, as its form.yaml maps them.</summary>
public sealed class HenanSummaryTests
{
    private const string Summary = "henan/recommendation-summary@2023";
    private const string FactorySelf = "henan/green-factory-self-evaluation@2023";
    private const string FactoryThirdParty = "henan/green-factory-third-party-evaluation@2023";
    private const string Product = "henan/green-design-product-self-evaluation@2023";
    private const string ParkThirdParty = "henan/green-park-third-party-evaluation@2023";
    private const string SupplyChainSelf = "henan/green-supply-chain-self-evaluation@2023";

    private static SummaryResult Build(params (string Name, byte[] Docx)[] files)
    {
        var builder = SummaryBuilder.For(FormCases.Find(Summary), FormCases.Catalog.Current)!;
        Assert.Null(builder.SetHeader("region", "漯河市"));
        builder.AddArchive(Zip(files));
        return builder.Finish();
    }

    [Fact]
    public void EachApplicationFillsARowOfItsListAndAFactorysTwoReportsFillOneRow()
    {
        var result = Build(
            ("瑞丰-自评价.docx", Filled(FactorySelf, "luohe-brake-parts")),
            ("瑞丰-第三方.docx", Filled(FactoryThirdParty, "luohe-brake-parts")),
            ("瓷砖.docx", Filled(Product, "neihuang-ceramic-tile")),
            ("园区-第三方.docx", Filled(ParkThirdParty, "hebi-etdz-evaluation")),
            ("华锐-自评价.docx", Filled(SupplyChainSelf, "hebi-auto-electronics")));

        var rows = TableRows(result.Render().Document!);
        var factory = Sample(FactoryThirdParty, "luohe-brake-parts");
        Assert.Contains(["1", At(factory, "/factory/name"), At(factory, "/agency/name"), At(factory, "/factory/industry")], rows);
        var product = Sample(Product, "neihuang-ceramic-tile");
        Assert.Contains(["1", At(product, "/product/name"), At(product, "/product/model"), At(product, "/applicant/name"), At(product, "/applicant/industry")], rows);
        var park = Sample(ParkThirdParty, "hebi-etdz-evaluation");
        Assert.Contains(["1", At(park, "/park/name"), At(park, "/agency/name"), ""], rows);
        var chain = Sample(SupplyChainSelf, "hebi-auto-electronics");
        Assert.Contains(["1", At(chain, "/basic/name"), "", At(chain, "/basic/industry")], rows);
        Assert.Contains("漯河市工业和信息化主管部门推荐汇总表", Paragraphs(result.Render().Document!));

        var report = result.Report;
        Assert.Equal((5, 5), (report.Files, report.Mapped));
        Assert.Equal(1, report.Rows["/factories"]);
        var placed = report.Results.ToDictionary(r => r.Name!, r => (r.Status, r.Form, r.Rows.Single().Pointer));
        Assert.Equal((SummaryFileStatus.Mapped, "henan/green-factory-self-evaluation", "/factories/0"), placed["瑞丰-自评价.docx"]);
        Assert.Equal((SummaryFileStatus.Mapped, "henan/green-factory-third-party-evaluation", "/factories/0"), placed["瑞丰-第三方.docx"]);
        Assert.Equal((SummaryFileStatus.Mapped, "henan/green-design-product-self-evaluation", "/products/0"), placed["瓷砖.docx"]);
        Assert.Equal("/parks/0", placed["园区-第三方.docx"].Pointer);
        Assert.Equal("/supplyChains/0", placed["华锐-自评价.docx"].Pointer);
        var merged = report.Results.Single(r => r.Name == "瑞丰-自评价.docx").Rows.Single().Values;
        Assert.Equal(At(factory, "/agency/name"), merged.GetProperty("agency").GetString());
        Assert.All(report.Results, r => Assert.Equal(1.0, r.Recognition));
    }

    [Fact]
    public void FilesThatAreNoFormOrAnotherFormAreListedWithTheReasonAndLeaveTheTableAlone()
    {
        var result = Build(
            ("瑞丰-第三方.docx", Filled(FactoryThirdParty, "luohe-brake-parts")),
            ("复核表.docx", Filled("henan/annual-review-factory@2023", FormCases.Find("henan/annual-review-factory@2023").Samples.Keys.First())),
            ("只剩封面.docx", CutDown(Filled(FactorySelf, "luohe-brake-parts"), keep: 6)),
            ("说明.txt", "请查收"u8.ToArray()));

        var outcome = result.Report.Results.ToDictionary(r => r.Name!, r => r.Status);
        Assert.Equal(SummaryFileStatus.Mapped, outcome["瑞丰-第三方.docx"]);
        Assert.Equal(SummaryFileStatus.NotAccepted, outcome["复核表.docx"]);
        Assert.Equal(SummaryFileStatus.Unrecognized, outcome["只剩封面.docx"]);
        Assert.Equal(SummaryFileStatus.Unreadable, outcome["说明.txt"]);
        Assert.Contains("henan/annual-review-factory", result.Report.Results.Single(r => r.Name == "复核表.docx").Message);
        Assert.Equal(1, result.Report.Mapped);
        Assert.Equal(1, result.Report.Rows["/factories"]);
        Assert.Equal(0, result.Report.Rows["/parks"]);
    }

    [Fact]
    public void JsonItemsNameTheirFormAndAreMappedLikeDocuments()
    {
        var builder = SummaryBuilder.For(FormCases.Find(Summary), FormCases.Catalog.Current)!;
        var factory = Sample(FactoryThirdParty, "luohe-brake-parts");
        builder.AddData(null, System.Text.Json.JsonSerializer.SerializeToElement(new { form = "henan/green-factory-third-party-evaluation", data = factory }));
        builder.AddData(null, System.Text.Json.JsonSerializer.SerializeToElement(factory));
        var result = builder.Finish();

        Assert.Equal(SummaryFileStatus.Mapped, result.Report.Results[0].Status);
        Assert.Equal("2023", result.Report.Results[0].Version);
        Assert.Equal(At(factory, "/agency/name"), result.Data.GetProperty("factories")[0].GetProperty("agency").GetString());
        Assert.Equal(SummaryFileStatus.Invalid, result.Report.Results[1].Status);
        Assert.Contains("several forms", result.Report.Results[1].Message);
    }

    [Fact]
    public void AFieldTheDocumentLeftEmptyIsReportedAsMissing()
    {
        var factory = Sample(FactoryThirdParty, "luohe-brake-parts");
        factory["agency"]!["name"] = "";
        var builder = SummaryBuilder.For(FormCases.Find(Summary), FormCases.Catalog.Current)!;
        builder.AddData("瑞丰.json", System.Text.Json.JsonSerializer.SerializeToElement(new { form = "henan/green-factory-third-party-evaluation", data = factory }));
        var missing = builder.Finish().Report.Results.Single().Missing.Single();
        Assert.Equal(("agency", "第三方机构名称", "/agency/name"), (missing.Field, missing.Title, missing.From.Single()));
    }
}
