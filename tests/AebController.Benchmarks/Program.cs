using AebController.Benchmarks;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/AebController.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(ControlStepBenchmarks).Assembly).Run(args);
