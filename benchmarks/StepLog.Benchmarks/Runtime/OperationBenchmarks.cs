using BenchmarkDotNet.Attributes;
using StepLog.Benchmarks.Runtime.Styles;

namespace StepLog.Benchmarks.Runtime;

/// <summary>
/// A whole operation of five synchronous steps: its start and completion lines (or its root span) and five steps.
/// The StepLogger case creates, starts and completes its own operation each time.
/// </summary>
public class OperationBenchmarks : StepBenchmarks
{
    [Benchmark(Baseline = true)]
    public int Bare()
    {
        var sum = 0;
        for (var i = 0; i < StepNames.OperationSteps.Length; i++)
        {
            sum += StepWork.Fetch(StepWork.Provider);
        }

        return sum;
    }

    [Benchmark]
    public int OldStyle() => OldStyleSteps.SyncModels(StepWork.Provider);

    [Benchmark]
    public int LoggerMessage() => LoggerMessageSteps.SyncModels(StepWork.Provider);

    [Benchmark]
    public int Activity() => ActivitySteps.SyncModels(StepWork.Provider);

    [Benchmark]
    public int StepLogger() => StepLoggerSteps.SyncModels(StepWork.Provider);

    [Benchmark]
    public int Generated() => GeneratedOperation.SyncModels(StepWork.Provider);

    /// <summary>The operation behind a <c>Task</c> that completes synchronously: what an async operation costs besides its task.</summary>
    [Benchmark]
    public int LoggerMessageAsync() => LoggerMessageSteps.SyncModelsAsync(StepWork.Provider).GetAwaiter().GetResult();

    [Benchmark]
    public int GeneratedAsync() => GeneratedAsyncOperation.SyncModelsAsync(StepWork.Provider).GetAwaiter().GetResult();
}
