using BenchmarkDotNet.Running;
using StepLog.Benchmarks.Configuration;

// dotnet run -c Release --project benchmarks/StepLog.Benchmarks -- [--quick] [BenchmarkDotNet arguments, e.g. --filter '*Sync*']
// Without --filter, BenchmarkDotNet asks which classes to run; --filter '*' runs them all.
// `-- cli-report [megabytes] [files]` times `steplog report` over one generated log instead, split over that many
// rolled files (see Cli/ReportThroughput.cs).
if (args.Length > 0 && args[0] == "cli-report")
{
    StepLog.Benchmarks.Cli.ReportThroughput.Run(
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 512,
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1);
    return;
}

// `-- loop case [millions]` calls one enabled case in a loop, for perf and a quick ratio (see Runtime/HotLoop.cs).
if (args.Length > 0 && args[0] == "loop")
{
    StepLog.Benchmarks.Runtime.HotLoop.Run(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10);
    return;
}

// `-- dashboard-queries [records]` times the dashboard's queries over millions of records (see Dashboard/DashboardQueries.cs).
if (args.Length > 0 && args[0] == "dashboard-queries")
{
    StepLog.Benchmarks.Dashboard.DashboardQueries.Run(args.Length > 1 ? long.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000_000);
    return;
}

BenchmarkJobs.Quick = args.Contains("--quick");
var benchmarkArgs = args.Where(arg => arg != "--quick").ToArray();
BenchmarkSwitcher.FromAssembly(typeof(BenchmarkConfig).Assembly).Run(benchmarkArgs, BenchmarkConfig.Create());
