using BenchmarkDotNet.Attributes;

namespace StepLog.Benchmarks.Runtime;

/// <summary>A ValueTask step that completes synchronously. Each style logs (or traces) its start and its success with the duration.</summary>
public class ValueTaskCompletedStepBenchmarks : StepBenchmarks
{
    [Benchmark(Baseline = true)]
    public ValueTask<int> Bare() => StepWork.FetchCompletedValueTask(StepWork.Provider);

    [Benchmark]
    public ValueTask<int> OldStyle() => OldStyleSteps.FetchCompletedValueTaskAsync(StepWork.Provider);

    [Benchmark]
    public ValueTask<int> LoggerMessage() => LoggerMessageSteps.FetchCompletedValueTaskAsync(StepWork.Provider);

    [Benchmark]
    public ValueTask<int> Activity() => ActivitySteps.FetchCompletedValueTaskAsync(StepWork.Provider);

    [Benchmark]
    public ValueTask<int> StepLogger() => StepLoggerSteps.FetchCompletedValueTaskAsync(StepWork.Provider);

    [Benchmark]
    public ValueTask<int> Generated() => GeneratedSteps.FetchCompletedValueTaskAsync(StepWork.Provider);
}
