using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocGen.Api.Tests.Support;

namespace DocGen.Api.Tests;

public sealed class CatalogReloadTests
{
    private static async Task<T> Eventually<T>(Func<Task<T>> probe, Func<T, bool> done)
    {
        for (var i = 0; i < 100; i++)
        {
            var value = await probe();
            if (done(value)) return value;
            await Task.Delay(100);
        }
        return await probe();
    }

    [Fact]
    public async Task ANewVersionIsServedWithoutARestart()
    {
        using var api = new DemoApi();
        var client = api.CreateClient();
        Assert.Equal("2025", (await client.GetFromJsonAsync<JsonElement>("/api/forms/demo/case-form")).GetProperty("latest").GetString());
        api.Catalog.WriteVersion("2026", "园区简介");
        var detail = await Eventually(() => client.GetFromJsonAsync<JsonElement>("/api/forms/demo/case-form"), d => d.GetProperty("latest").GetString() == "2026");
        Assert.Equal("2026", detail.GetProperty("latest").GetString());
    }

    [Fact]
    public async Task ABrokenVersionIsReportedAndNotServed()
    {
        using var api = new DemoApi();
        var client = api.CreateClient();
        await client.GetAsync("/health/live");
        api.Catalog.WriteVersion("2026", "x", DemoCatalog.P("{{ name") + DemoCatalog.P("{{ nmae }}"));
        var problems = await Eventually(() => client.GetFromJsonAsync<JsonElement>("/api/catalog/problems"), p => p.GetArrayLength() > 0);
        var report = problems.EnumerateArray().Single();
        Assert.Equal("demo/case-form@2026", report.GetProperty("key").GetString());
        var lines = report.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetString()!).ToList();
        Assert.Contains(lines, l => l.Contains("DG0101") && l.Contains("paragraph 1"));
        Assert.Contains(lines, l => l.Contains("DG0201") && l.Contains("did you mean \"name\""));
        Assert.Equal("2025", (await client.GetFromJsonAsync<JsonElement>("/api/forms/demo/case-form")).GetProperty("latest").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/forms/demo/case-form/blank?version=2026")).StatusCode);
    }

    [Fact]
    public async Task ABlankFormEditedInPlaceIsMadeAgainWithANewEntityTag()
    {
        using var api = new DemoApi();
        var client = api.CreateClient();
        var before = await client.GetAsync("/api/forms/demo/case-form/blank?version=2025");
        Assert.Contains("单位简介", Documents.Text(await before.Content.ReadAsByteArrayAsync()));

        api.Catalog.WriteVersion("2025", "机构简介");
        var after = await Eventually(() => client.GetAsync("/api/forms/demo/case-form/blank?version=2025"), r => !Equals(r.Headers.ETag, before.Headers.ETag));

        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Contains("机构简介", Documents.Text(await after.Content.ReadAsByteArrayAsync()));
    }
}
