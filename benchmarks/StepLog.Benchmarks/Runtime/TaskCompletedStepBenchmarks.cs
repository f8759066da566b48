using BenchmarkDotNet.Attributes;

namespace StepLog.Benchmarks.Runtime;

/// <summary>A Task step that completes synchronously. Each style logs (or traces) its start and its success with the duration.</summary>
public class TaskCompletedStepBenchmarks : StepBenchmarks
{
    [Benchmark(Baseline = true)]
    public Task<int> Bare() => StepWork.FetchCompletedTask(StepWork.Provider);

    [Benchmark]
    public Task<int> OldStyle() => OldStyleSteps.FetchCompletedTaskAsync(StepWork.Provider);

    [Benchmark]
    public Task<int> LoggerMessage() => LoggerMessageSteps.FetchCompletedTaskAsync(StepWork.Provider);

    [Benchmark]
    public Task<int> Activity() => ActivitySteps.FetchCompletedTaskAsync(StepWork.Provider);

    [Benchmark]
    public Task<int> StepLogger() => StepLoggerSteps.FetchCompletedTaskAsync(StepWork.Provider);

    [Benchmark]
    public Task<int> Generated() => GeneratedSteps.FetchCompletedTaskAsync(StepWork.Provider);
}
