// What an integrator writes against the clients Kiota generates from DocGen's documents: the service's client
// (Integrator.Service) lists the catalog, the henan/green-factory-self-evaluation client (Integrator.Form) renders
// and validates that form's typed data. Each step prints one "ok" line; the first broken expectation exits 1.
using Integrator.Form;
using Integrator.Form.Api.Forms.Henan.GreenFactorySelfEvaluation.Render;
using Integrator.Form.Models;
using Integrator.Service;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Integrator <base url> <api key>");
    return 2;
}
var (baseUrl, apiKey) = (args[0], args[1]);

try
{
    // ApiKeyAuthenticationProvider sends keys over https only; the test service is plain http on loopback.
    using var http = KiotaClientFactory.Create();
    http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
    var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http) { BaseUrl = baseUrl };

    var forms = await new DocGenClient(adapter).Api.Forms.GetAsync() ?? [];
    var henan = forms.SingleOrDefault(f => f.Id == "henan/green-factory-self-evaluation");
    Expect(henan is { Title: "绿色工厂自评价报告", AuthorityName: "河南省工业和信息化厅" },
        $"the catalog lists henan/green-factory-self-evaluation as 绿色工厂自评价报告 by 河南省工业和信息化厅 (got {henan?.Title} by {henan?.AuthorityName})");
    Console.WriteLine($"ok catalog: {forms.Count} forms, {henan!.Id} {henan.Title} ({string.Join(",", henan.Versions ?? [])})");

    var form = new FormClient(adapter).Api.Forms.Henan.GreenFactorySelfEvaluation;
    var sampleNames = await form.Samples.GetAsync() ?? [];
    Expect(sampleNames.Count > 0, "the form has samples");
    var sample = await form.Samples[sampleNames[0]].GetAsync();
    Expect(sample?.Basic?.Uscc is { Length: 18 }, $"the sample's typed 基本信息表 has an 18-character 统一社会信用代码 (got {sample?.Basic?.Uscc})");
    Console.WriteLine($"ok sample {sampleNames[0]}: {sample!.Basic!.Name} {sample.Basic.Uscc}");

    var valid = await form.Validate.PostAsync(sample, r => r.QueryParameters.Mode = Integrator.Form.Api.Forms.Henan.GreenFactorySelfEvaluation.Validate.PostModeQueryParameterType.Final);
    Expect(valid is { Valid: true, Form: "henan/green-factory-self-evaluation@2023" }, $"the sample is valid for submission (got {valid?.Valid} for {valid?.Form})");
    Console.WriteLine($"ok validate: {valid!.Form} valid in {valid.Mode} mode");

    foreach (var (format, magic) in new[] { (PostFormatQueryParameterType.Docx, "PK"), (PostFormatQueryParameterType.Pdf, "%PDF") })
    {
        await using var document = await form.Render.PostAsync(sample, r => r.QueryParameters.Format = format);
        using var bytes = new MemoryStream();
        await document!.CopyToAsync(bytes);
        var head = System.Text.Encoding.ASCII.GetString(bytes.GetBuffer(), 0, Math.Min(magic.Length, (int)bytes.Length));
        Expect(head == magic, $"render as {format} starts with {magic} (got \"{head}\", {bytes.Length} bytes)");
        Console.WriteLine($"ok render {format}: {bytes.Length} bytes");
    }

    var broken = new FormData
    {
        Basic = new FormData_basic { Name = "漯河市某制动器有限公司", Uscc = "914111", Phone = "12345", Email = "x@" },
    };
    try
    {
        await form.Validate.PostAsync(broken, r => r.QueryParameters.Mode = Integrator.Form.Api.Forms.Henan.GreenFactorySelfEvaluation.Validate.PostModeQueryParameterType.Draft);
        Expect(false, "validating a wrong 统一社会信用代码, phone and e-mail answers 422");
    }
    catch (ProblemAnswer problem) when (problem.ResponseStatusCode == 422)
    {
        var pointers = (problem.Errors ?? []).Select(e => e.Pointer).ToHashSet();
        Expect(problem.Type == "https://docgen.local/problems/invalid-data", $"the problem's type is invalid-data (got {problem.Type})");
        Expect(pointers.SetEquals(["/basic/uscc", "/basic/phone", "/basic/email"]),
            $"the problem points at /basic/uscc, /basic/phone and /basic/email (got {string.Join(", ", pointers)})");
        var uscc = problem.Errors!.Single(e => e.Pointer == "/basic/uscc");
        Expect(uscc.Field == "统一社会信用代码", $"the error names the field by its label (got {uscc.Field})");
        Console.WriteLine($"ok 422: {string.Join("; ", problem.Errors!.Select(e => $"{e.Pointer} {e.Field}: {e.Message}"))}");
    }

    using var keyless = KiotaClientFactory.Create();
    var anonymous = new FormClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: keyless) { BaseUrl = baseUrl });
    try
    {
        await anonymous.Api.Forms.Henan.GreenFactorySelfEvaluation.Validate.PostAsync(sample);
        Expect(false, "validating without X-Api-Key answers 401");
    }
    catch (ProblemAnswer problem) when (problem.ResponseStatusCode == 401)
    {
        Console.WriteLine($"ok 401: {problem.Title}");
    }
    return 0;
}
catch (ExpectationFailed failed)
{
    Console.Error.WriteLine("expected: " + failed.Message);
    return 1;
}

static void Expect(bool condition, string expectation)
{
    if (!condition) throw new ExpectationFailed(expectation);
}
