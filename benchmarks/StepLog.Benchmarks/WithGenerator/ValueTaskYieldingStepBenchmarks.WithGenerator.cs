using BenchmarkDotNet.Attributes;

namespace StepLog.Benchmarks.Runtime;

/// <summary>The same step as a generated [Step] wrapper.</summary>
public partial class ValueTaskYieldingStepBenchmarks
{
    [Benchmark]
    public ValueTask<int> Generated() => GeneratedSteps.FetchYieldingValueTaskAsync(StepWork.Provider);
}
