using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace StepLog.Benchmarks.Configuration;

/// <summary>What every run reports: time, allocations, and the two comparisons the targets are stated in.</summary>
public static class BenchmarkConfig
{
    public static IConfig Create() =>
        DefaultConfig.Instance
            .AddJob(BenchmarkJobs.Runtime.AsDefault())
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(
                RelativeColumn.RatioToBaseline,
                RelativeColumn.TimeOverBaseline,
                RelativeColumn.RatioToLoggerMessage,
                RelativeColumn.AllocationOverBaseline)
            .HideColumns(Column.Error, Column.StdDev, Column.Ratio, Column.RatioSD, Column.AllocRatio)
            .AddColumn(StatisticColumn.Median);
}
