using BenchmarkDotNet.Attributes;

namespace StepLog.Benchmarks.Runtime;

/// <summary>A synchronous step. Each style logs (or traces) its start and its success with the duration.</summary>
public class SyncStepBenchmarks : StepBenchmarks
{
    [Benchmark(Baseline = true)]
    public int Bare() => StepWork.Fetch(StepWork.Provider);

    [Benchmark]
    public int OldStyle() => OldStyleSteps.Fetch(StepWork.Provider);

    /// <summary>[LoggerMessage] behind a hand-written <c>if (logger.IsEnabled(level))</c>: the floor of a disabled step.</summary>
    [Benchmark]
    public int Guarded() => LoggerMessageSteps.FetchGuarded(StepWork.Provider);

    [Benchmark]
    public int LoggerMessage() => LoggerMessageSteps.Fetch(StepWork.Provider);

    [Benchmark]
    public int Activity() => ActivitySteps.Fetch(StepWork.Provider);

    [Benchmark]
    public int StepLogger() => StepLoggerSteps.Fetch(StepWork.Provider);

    [Benchmark]
    public int Generated() => GeneratedSteps.Fetch(StepWork.Provider);
}
