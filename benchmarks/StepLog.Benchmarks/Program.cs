using BenchmarkDotNet.Running;
using StepLog.Benchmarks.Configuration;

// dotnet run -c Release --project benchmarks/StepLog.Benchmarks -- [--quick] [BenchmarkDotNet arguments, e.g. --filter '*Sync*']
// Without --filter, BenchmarkDotNet asks which classes to run; --filter '*' runs them all.
BenchmarkJobs.Quick = args.Contains("--quick");
var benchmarkArgs = args.Where(arg => arg != "--quick").ToArray();
BenchmarkSwitcher.FromAssembly(typeof(BenchmarkConfig).Assembly).Run(benchmarkArgs, BenchmarkConfig.Create());
