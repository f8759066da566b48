using BenchmarkDotNet.Attributes;

namespace StepLog.Benchmarks.Runtime;

/// <summary>The same step as a generated [Step] wrapper.</summary>
public partial class SyncStepBenchmarks
{
    [Benchmark]
    public int Generated() => GeneratedSteps.Fetch(StepWork.Provider);
}
