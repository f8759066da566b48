using BenchmarkDotNet.Attributes;

namespace StepLog.Benchmarks.Runtime;

/// <summary>The same operation as a generated [Operation] wrapper over five generated [Step] wrappers.</summary>
public partial class OperationBenchmarks
{
    [Benchmark]
    public int Generated() => GeneratedOperation.SyncModels(StepWork.Provider);
}
