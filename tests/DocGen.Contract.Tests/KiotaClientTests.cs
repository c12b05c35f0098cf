using DocGen.Contract.Tests.Support;

namespace DocGen.Contract.Tests;

/// <summary>
/// What an integrator does: generate C# clients with the pinned Kiota from the running service's document and from
/// henan/green-factory-self-evaluation's document, compile them with the program in Integrator/ (typed catalog,
/// typed form data, files as streams, typed problems) and run it against the service. A schema change that breaks
/// the generated models or their use fails here, not at the integrator's.
/// </summary>
[Collection(ContractCollection.Name)]
public sealed class KiotaClientTests(ContractServer server)
{
    private static readonly TimeSpan Generation = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan Build = TimeSpan.FromMinutes(6);

    [Fact]
    public async Task AGeneratedClientListsFormsRendersDocxAndPdfAndCatchesTheTyped422WithItsPointers()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"docgen-kiota-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var file in Directory.GetFiles(Path.Combine(Repository.Root, "tests", "DocGen.Contract.Tests", "Integrator")))
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            await GenerateAsync(await server.SaveAsync("/api/openapi.json", "service.json"), "DocGenClient", "Integrator.Service", Path.Combine(folder, "Service"));
            await GenerateAsync(await server.SaveAsync("/api/forms/henan/green-factory-self-evaluation/openapi.json", "henan-green-factory-self-evaluation.json"),
                "FormClient", "Integrator.Form", Path.Combine(folder, "Form"));
            var model = await File.ReadAllTextAsync(Path.Combine(folder, "Form", "Models", "FormData_basic.cs"));
            Assert.Contains("/// <summary>统一社会信用代码", model);

            var build = await Tool.RunAsync("dotnet", ["build", "-c", "Release", "-nologo", "-v", "quiet", "-o", Path.Combine(folder, "out")], folder, Build);
            Assert.True(build.ExitCode == 0, $"the generated clients and the integrator's program do not compile:\n{build.Both}");

            var run = await Tool.RunAsync("dotnet", [Path.Combine(folder, "out", "Integrator.dll"), server.BaseAddress.ToString().TrimEnd('/'), ContractServer.ApiKey],
                folder, Build);
            Assert.True(run.ExitCode == 0, $"the integrator's program failed against the service:\n{run.Both}");
            foreach (var step in new[] { "ok catalog:", "ok sample", "ok validate:", "ok render Docx:", "ok render Pdf:", "ok 422: ", "ok 401:" })
                Assert.Contains("\n" + step, "\n" + run.Output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task GenerateAsync(string document, string className, string @namespace, string output)
    {
        var run = await Tool.RunAsync("dotnet",
            ["kiota", "generate", "-l", "CSharp", "-c", className, "-n", @namespace, "--ebc", "-d", document, "-o", output, "--ll", "Warning"],
            Repository.Root, Generation);
        Assert.True(run.ExitCode == 0 && !run.Both.Contains("fail:", StringComparison.Ordinal),
            $"kiota could not generate {className} from {document} (exit {run.ExitCode}; `dotnet tool restore` installs the pinned Kiota):\n{run.Both}");
    }
}
