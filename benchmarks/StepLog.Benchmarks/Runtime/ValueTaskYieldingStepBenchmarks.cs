using BenchmarkDotNet.Attributes;

namespace StepLog.Benchmarks.Runtime;

/// <summary>A ValueTask step that yields once. Each style logs (or traces) its start and its success with the duration.</summary>
public class ValueTaskYieldingStepBenchmarks : StepBenchmarks
{
    [Benchmark(Baseline = true)]
    public ValueTask<int> Bare() => StepWork.FetchYieldingValueTask(StepWork.Provider);

    [Benchmark]
    public ValueTask<int> OldStyle() => OldStyleSteps.FetchYieldingValueTaskAsync(StepWork.Provider);

    [Benchmark]
    public ValueTask<int> LoggerMessage() => LoggerMessageSteps.FetchYieldingValueTaskAsync(StepWork.Provider);

    [Benchmark]
    public ValueTask<int> Activity() => ActivitySteps.FetchYieldingValueTaskAsync(StepWork.Provider);

    [Benchmark]
    public ValueTask<int> StepLogger() => StepLoggerSteps.FetchYieldingValueTaskAsync(StepWork.Provider);

    [Benchmark]
    public ValueTask<int> Generated() => GeneratedSteps.FetchYieldingValueTaskAsync(StepWork.Provider);
}
