using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging;

namespace StepLog.Benchmarks.Runtime;

/// <summary>
/// What a batch's bookkeeping costs per item: no-op items through <see cref="StepBatch.RunAsync{T}"/>, with the item
/// lines filtered out as on a console at Information. Reported per item (the target: 500,000 items/s, 2 µs each).
/// </summary>
public class BatchBenchmarks
{
    private const int Items = 100_000;

    private static readonly Func<int, CancellationToken, ValueTask> NoOp = static (_, _) => default;

    private readonly int[] _items = Enumerable.Range(0, Items).ToArray();

    [Params(1, 8)]
    public int MaxConcurrency { get; set; }

    [Benchmark(OperationsPerInvoke = Items)]
    public int NoOpItems()
    {
        var options = new StepBatchOptions { MaxConcurrency = MaxConcurrency, HandleSignals = false, Logger = Logger };
        return StepBatch.RunAsync("No-op", _items, NoOp, options).GetAwaiter().GetResult().Succeeded;
    }

    private static ILogger Logger { get; } = new InformationLogger();

    /// <summary>Enabled from Information up, like a default console; drops the lines.</summary>
    private sealed class InformationLogger : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
        }
    }
}
