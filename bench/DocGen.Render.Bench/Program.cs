using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/DocGen.Render.Bench -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(DocGen.Render.Bench.FormRenderBenchmarks).Assembly).Run(args);
