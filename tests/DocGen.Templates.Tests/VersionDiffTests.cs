using System.Text.Json;
using DocGen.Templates.Catalog;
using DocGen.Templates.Versions;
using static DocGen.Templates.Tests.Support.TestDocx;

namespace DocGen.Templates.Tests;

/// <summary>Differences between two versions of a form: paragraphs, table rows and merges, schema fields; and data carried over.</summary>
public sealed class VersionDiffTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "docgen-diff-" + Guid.NewGuid().ToString("N"));

    private const string Schema2023 = """
        {"type":"object","required":["name"],"properties":{
          "name":{"type":"string","title":"企业名称"},
          "intro":{"type":"string","title":"企业简介","maxLength":300},
          "fax":{"type":"string","title":"传真"},
          "projects":{"type":"array","items":{"type":"object","properties":{"title":{"type":"string","title":"项目名称"}}}}}}
        """;

    private const string Schema2024 = """
        {"type":"object","required":["name","uscc"],"properties":{
          "name":{"type":"string","title":"企业名称"},
          "profile":{"type":"string","title":"企业简介","maxLength":500},
          "uscc":{"type":"string","title":"统一社会信用代码"},
          "email":{"type":"string","title":"电子邮箱"},
          "items":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string","title":"项目名称"}}}}}}
        """;

    private CatalogForm Form(string body2023, string body2024, string schema2023 = Schema2023, string schema2024 = Schema2024, string migrate = "")
    {
        Write("2023", body2023, schema2023, "");
        Write("2024", body2024, schema2024, migrate);
        using var catalog = new FormCatalog(_root);
        Assert.Empty(catalog.Current.Problems);
        return Assert.Single(catalog.Current.Forms);
    }

    private void Write(string version, string body, string schema, string extra)
    {
        var dir = Path.Combine(_root, "henan", "f", version);
        Directory.CreateDirectory(Path.Combine(dir, "samples"));
        File.WriteAllText(Path.Combine(dir, "form.yaml"), $"title: 表\nauthority: henan\nprovenance: official\nconstants:\n  year: {version}\n{extra}");
        File.WriteAllText(Path.Combine(dir, "schema.json"), schema);
        File.WriteAllBytes(Path.Combine(dir, "template.docx"), FromBody(body));
        File.WriteAllText(Path.Combine(dir, "samples", "a.json"), version == "2023" ? """{"name":"甲"}""" : """{"name":"甲","uscc":"x"}""");
    }

    private static string Merged(string text, int span) => $"<w:tc><w:tcPr><w:gridSpan w:val=\"{span}\"/></w:tcPr>{P(text)}</w:tc>";

    [Fact]
    public void ChangedAddedAndRemovedTextAndRowsAreListedWithTheirPlaces()
    {
        var form = Form(
            P("{{ form.year }}年度申报表") + P("请如实填写。") + P("已废止的说明。") +
            Table(2, Row(Cell("指标"), Cell("数值")), Row(Cell("单位产品能耗"), Cell(""))) + P("（盖章）"),
            P("{{ form.year }}年度申报表") + P("请如实、完整填写。") +
            Table(2, Row(Cell("指标"), Cell("数值")), Row(Cell("单位产品能耗"), Cell("")), Row(Cell("单位产品碳排放"), Cell(""))) + P("（盖章）"),
            Schema2023, Schema2023);
        var changes = VersionDiff.Compare(form.Find("2023")!, form.Find("2024")!).Changes;
        Assert.Equal(
        [
            new VersionChange("正文第1段", "changed", "2023年度申报表", "2024年度申报表"),
            new VersionChange("正文第2段", "changed", "请如实填写。", "请如实、完整填写。"),
            new VersionChange("正文第3段", "removed", "已废止的说明。", null),
            new VersionChange("表1第3行", "added", null, "单位产品碳排放 | "),
        ], changes);
    }

    [Fact]
    public void AMergeChangeIsAChangedRow()
    {
        var form = Form(
            Table(3, Row(Cell("企业名称"), Cell(""), Cell(""))),
            Table(3, Row(Cell("企业名称"), Merged("", 2))),
            Schema2023, Schema2023);
        var change = Assert.Single(VersionDiff.Compare(form.Find("2023")!, form.Find("2024")!).Changes);
        Assert.Equal(new VersionChange("表1第1行", "changed", "企业名称 |  | ", "企业名称 |  [第2格跨2列]"), change);
    }

    [Fact]
    public void SchemaFieldsAddedRemovedAndChangedAreListed()
    {
        var form = Form(P("表"), P("表"));
        var changes = VersionDiff.Compare(form.Find("2023")!, form.Find("2024")!).Changes;
        Assert.Equal(["字段 /fax removed", "字段 /intro removed", "字段 /projects removed", "字段 /projects/* removed", "字段 /projects/*/title removed",
            "字段 /email added", "字段 /items added", "字段 /items/* added", "字段 /items/*/name added", "字段 /profile added", "字段 /uscc added"],
            changes.Select(c => $"{c.Location} {c.Kind}"));
    }

    [Fact]
    public void DataIsCarriedOverWithMovedFieldsAndTheGapsListed()
    {
        var form = Form(P("表"), P("表"), migrate: "migrate:\n  /intro: /profile\n  /projects/*/title: /items/*/name\n");
        using var data = JsonDocument.Parse("""{"name":"甲公司","intro":"生产电机。","fax":"0371-1","projects":[{"title":"余热回收"},{"title":"光伏"}]}""");
        var result = DataMigration.Migrate(form, form.Find("2023")!, form.Find("2024")!, data.RootElement);
        Assert.Equal("""{"name":"甲公司","profile":"生产电机。","items":[{"name":"余热回收"},{"name":"光伏"}]}""", result.Data.GetRawText());
        Assert.Equal([new MigrationMove("/intro", "/profile"), new MigrationMove("/projects/0/title", "/items/0/name"), new MigrationMove("/projects/1/title", "/items/1/name")], result.Moved);
        Assert.Equal([new MigrationDrop("/fax", "\"0371-1\""), new MigrationDrop("/projects", "[{},{}]")], result.Dropped);
        Assert.Equal([new MigrationGap("/email", "电子邮箱", false), new MigrationGap("/uscc", "统一社会信用代码", true)], result.Missing);
    }

    [Fact]
    public void AFieldWhoseNameHoldsASlashIsCarriedOverAndNotDropped()
    {
        const string schema = """{"type":"object","properties":{"name":{"type":"string"},"电话/传真":{"type":"string","title":"电话/传真"}}}""";
        var form = Form(P("表"), P("表"), schema, schema);
        using var data = JsonDocument.Parse("""{"name":"甲公司","电话/传真":"0371-1"}""");
        var result = DataMigration.Migrate(form, form.Find("2023")!, form.Find("2024")!, data.RootElement);
        Assert.Empty(result.Dropped);
        Assert.Equal(data.RootElement.GetRawText(), result.Data.GetRawText());
        Assert.Contains("/电话~1传真", SchemaFields.Flatten(form.Find("2024")!.Schema).Keys);
    }

    [Fact]
    public void FieldsBehindAReferenceToDefinitionsAreCarriedOverAndTitled()
    {
        const string schema = """
            {"type":"object","definitions":{"company":{"type":"object","properties":{"name":{"type":"string","title":"企业名称"}}}},
             "properties":{"company":{"$ref":"#/definitions/company"},"email":{"type":"string","title":"电子邮箱"}}}
            """;
        var form = Form(P("表"), P("表"), schema, schema);
        using var data = JsonDocument.Parse("""{"company":{"name":"甲公司"}}""");
        var result = DataMigration.Migrate(form, form.Find("2023")!, form.Find("2024")!, data.RootElement);
        Assert.Empty(result.Dropped);
        Assert.Equal(data.RootElement.GetRawText(), result.Data.GetRawText());
        Assert.Equal("企业名称", SchemaFields.Titles(form.Find("2024")!.Schema)["/company/name"]);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
