using BenchmarkDotNet.Attributes;

namespace StepLog.Benchmarks.Runtime;

/// <summary>A Task step that yields once. Each style logs (or traces) its start and its success with the duration.</summary>
public class TaskYieldingStepBenchmarks : StepBenchmarks
{
    [Benchmark(Baseline = true)]
    public Task<int> Bare() => StepWork.FetchYieldingTask(StepWork.Provider);

    [Benchmark]
    public Task<int> OldStyle() => OldStyleSteps.FetchYieldingTaskAsync(StepWork.Provider);

    [Benchmark]
    public Task<int> LoggerMessage() => LoggerMessageSteps.FetchYieldingTaskAsync(StepWork.Provider);

    [Benchmark]
    public Task<int> Activity() => ActivitySteps.FetchYieldingTaskAsync(StepWork.Provider);

    [Benchmark]
    public Task<int> StepLogger() => StepLoggerSteps.FetchYieldingTaskAsync(StepWork.Provider);

    [Benchmark]
    public Task<int> Generated() => GeneratedSteps.FetchYieldingTaskAsync(StepWork.Provider);
}
