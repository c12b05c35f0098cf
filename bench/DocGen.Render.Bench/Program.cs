using BenchmarkDotNet.Running;
using DocGen.Render.Bench;

// dotnet run -c Release --project bench/DocGen.Render.Bench -- --filter '*'              BenchmarkDotNet, every case
// dotnet run -c Release --project bench/DocGen.Render.Bench -- peer 50 200 2000 [out.docx]   the shared form, timed as the peers time it
if (args.Length > 0 && args[0] == "peer")
{
    int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], System.Globalization.CultureInfo.InvariantCulture) : fallback;
    return PeerStyleRun.Run(Arg(1, 50), Arg(2, 200), Arg(3, 2000), args.Length > 4 ? args[4] : null);
}
BenchmarkSwitcher.FromAssembly(typeof(FormRenderBenchmarks).Assembly).Run(args);
return 0;
