using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace StepLog.Benchmarks.Configuration;

/// <summary>
/// What every run reports: time, allocations, and the comparisons the targets are stated in. The jobs come from each
/// class ([RuntimeJob] or [CompileTimeJob]), so that one run holds both kinds of case.
/// </summary>
public static class BenchmarkConfig
{
    public static IConfig Create() =>
        DefaultConfig.Instance
            .AddDiagnoser(MemoryDiagnoser.Default)
            // The generated boilerplate project rebuilds the runtime, generator and stores: on two busy cores that
            // takes longer than BenchmarkDotNet's default two minutes.
            .WithBuildTimeout(TimeSpan.FromMinutes(10))
            .AddColumn(
                RelativeColumn.RatioToBaseline,
                RelativeColumn.TimeOverBaseline,
                RelativeColumn.RatioToLoggerMessage,
                RelativeColumn.AllocationOverBaseline)
            .HideColumns(Column.Error, Column.StdDev, Column.Ratio, Column.RatioSD, Column.AllocRatio)
            .AddColumn(StatisticColumn.Median);
}
