using BenchmarkDotNet.Attributes;

namespace StepLog.Benchmarks.Runtime;

/// <summary>The same step as a generated [Step] wrapper.</summary>
public partial class TaskCompletedStepBenchmarks
{
    [Benchmark]
    public Task<int> Generated() => GeneratedSteps.FetchCompletedTaskAsync(StepWork.Provider);
}
