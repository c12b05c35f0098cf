using System.Text.Json;
using DocGen.Templates.Catalog;
using DocGen.Templates.Extraction;
using DocGen.Validation;

namespace DocGen.Forms.Tests.Extraction;

/// <summary>Blank forms filled in Word by a person, then read back: what the person meant comes out as the form's JSON.</summary>
public sealed class HandFilledTests
{
    private static FormVersion Latest(string id) => FormCases.Catalog.Current.Find(id.Split('/')[0], id.Split('/')[1])!.Latest;

    private static HandFilling Blank(FormVersion version)
    {
        return new HandFilling(FormToFill.Of(version).RenderBlank());
    }

    private static ExtractionResult Read(FormVersion version, HandFilling filled) =>
        FormExtractor.Extract(version, FilledDocument.Read(filled.ToDocx()), ValidationMode.Draft);

    private static string At(JsonElement data, string pointer)
    {
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
            data = data.ValueKind == JsonValueKind.Array ? data[int.Parse(segment)] : data.GetProperty(segment);
        return data.ValueKind switch
        {
            JsonValueKind.String => data.GetString()!,
            JsonValueKind.Array => string.Join("、", data.EnumerateArray().Select(e => e.ToString())),
            _ => data.GetRawText(),
        };
    }

    [Fact]
    public void AHenanSummaryTypedIntoItsRowsWithARowAddedComesBackAsItsLists()
    {
        var version = Latest("henan/recommendation-summary");
        var filled = Blank(version)
            .Overtype("___市（县、市）", "洛阳市")
            .FillRow("工厂名称", 1, "", "洛阳轴承集团有限公司", "中机认检（北京）认证有限公司", "轴承制造")
            .FillRow("工厂名称", 2, "", "洛阳北方玻璃技术股份有限公司", "中国质量认证中心", "玻璃制造")
            .AddRowAfter("工厂名称", 2)
            .FillRow("工厂名称", 3, "3", "中信重工机械股份有限公司", "赛宝认证中心", "矿山机械制造")
            .FillRow("产品名称", 1, "", "高效节能电机", "YE4-160M-4", "洛阳中州电机有限公司", "电机制造")
            .TypeAfter("推荐单位：", "洛阳市工业和信息化局")
            .Overtype("　　　　年　　月　　日", "2023年3月20日");
        var result = Read(version, filled);
        Assert.Equal("洛阳市", At(result.Data, "/region"));
        Assert.Equal(3, result.Data.GetProperty("factories").GetArrayLength());
        Assert.Equal("中信重工机械股份有限公司", At(result.Data, "/factories/2/name"));
        Assert.Equal("矿山机械制造", At(result.Data, "/factories/2/industry"));
        Assert.Equal("中国质量认证中心", At(result.Data, "/factories/1/agency"));
        Assert.Equal("YE4-160M-4", At(result.Data, "/products/0/model"));
        Assert.Equal(1, result.Data.GetProperty("products").GetArrayLength());
        Assert.False(result.Data.TryGetProperty("parks", out var parks) && parks.GetArrayLength() > 0);
        Assert.Equal("洛阳市工业和信息化局", At(result.Data, "/recommender"));
        Assert.Equal("2023-03-20", At(result.Data, "/date"));
        Assert.Empty(result.Unmatched);
    }

    [Fact]
    public void AGuangzhouCaseFormTypedIntoCellsAfterItsInstructionsWithBoxesTickedComesBack()
    {
        var version = Latest("guangzhou/green-manufacturing-case-enterprise");
        var filled = Blank(version)
            .TypeRightOf("企业名称（公章）", "广州穗宏汽车零部件有限公司")
            .Tick("绿色工厂", '■')
            .Tick("省级")
            .TypeAfter("填写格式：C26 化学原料和化学品制造业", " C36 汽车制造业")
            .TypeRightOf("联系人", "陈志远")
            .TypeRightOf("联系电话", "020-36851672")
            .TypeAfter("限300字以内）", "公司成立于2006年，主要生产汽车冲压件。", "2023年获评国家级绿色工厂。");
        var result = Read(version, filled);
        Assert.Equal("广州穗宏汽车零部件有限公司", At(result.Data, "/company/name"));
        Assert.Equal("绿色工厂", At(result.Data, "/category/programs"));
        Assert.Equal("省级", At(result.Data, "/category/factoryLevel"));
        Assert.Equal("C36 汽车制造业", At(result.Data, "/company/industryMajor"));
        Assert.Equal("020-36851672", At(result.Data, "/company/phone"));
        Assert.Equal("公司成立于2006年，主要生产汽车冲压件。\n2023年获评国家级绿色工厂。", At(result.Data, "/company/intro"));
        Assert.Empty(result.Unmatched);
        Assert.DoesNotContain(result.Errors, e => e.Pointer.StartsWith("/company/phone", StringComparison.Ordinal));
    }

    [Fact]
    public void AHebeiSummaryWithRowsTypedAndOneAddedComesBack()
    {
        var version = Latest("hebei/recommendation-summary");
        var filled = Blank(version)
            .FillRow("工厂名称", 1, "", "唐山三友化工股份有限公司", "中国质量认证中心", "化学原料制造", "是")
            .AddRowAfter("工厂名称", 1)
            .FillRow("工厂名称", 2, "2", "唐山冀东水泥股份有限公司", "中环联合认证中心", "水泥制造", "否")
            .FillRow("工厂名称", 3, "3", "开滦能源化工股份有限公司", "赛宝认证中心", "煤化工", "否");
        var result = Read(version, filled);
        Assert.Equal(3, result.Data.GetProperty("factories").GetArrayLength());
        Assert.Equal("唐山冀东水泥股份有限公司", At(result.Data, "/factories/1/name"));
        Assert.Equal("开滦能源化工股份有限公司", At(result.Data, "/factories/2/name"));
        Assert.Empty(result.Unmatched);
    }

    [Fact]
    public void AMiitSummaryWithRowsTypedComesBack()
    {
        var version = Latest("miit/recommendation-summary");
        var filled = Blank(version)
            .FillRow("工厂名称", 1, "", "浙江新和成股份有限公司", "中国质量认证中心", "化学药品原料药制造")
            .AddRowAfter("工厂名称", 1)
            .FillRow("工厂名称", 2, "2", "巨化集团有限公司", "赛宝认证中心", "化学原料制造");
        var result = Read(version, filled);
        Assert.Equal(2, result.Data.GetProperty("factories").GetArrayLength());
        Assert.Equal("巨化集团有限公司", At(result.Data, "/factories/1/name"));
        Assert.Empty(result.Unmatched);
    }
}
