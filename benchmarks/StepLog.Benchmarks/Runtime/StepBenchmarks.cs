using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using StepLog.Benchmarks.Configuration;
using Microsoft.Extensions.Logging;
using StepLog.Benchmarks.Runtime.Styles;

namespace StepLog.Benchmarks.Runtime;

/// <summary>
/// What every runtime benchmark class shares: the level (disabled, or enabled with a logger that discards) and one
/// instance of each instrumentation style, all on the same logger.
/// </summary>
[RuntimeJob]
public abstract class StepBenchmarks
{
    private ActivityListener? _listener;

    [Params(LevelState.Disabled, LevelState.Enabled)]
    public LevelState Level { get; set; }

    protected OldStyleSteps OldStyleSteps { get; private set; } = null!;

    protected LoggerMessageSteps LoggerMessageSteps { get; private set; } = null!;

    protected ActivitySteps ActivitySteps { get; } = new();

    protected StepLoggerSteps StepLoggerSteps { get; private set; } = null!;

    protected GeneratedWrapperSteps GeneratedSteps { get; private set; } = null!;

    protected GeneratedWrapperOperation GeneratedOperation { get; private set; } = null!;

    protected GeneratedWrapperAsyncOperation GeneratedAsyncOperation { get; private set; } = null!;

    [GlobalSetup]
    public void SetUp()
    {
        ILogger logger = DiscardingLogger.For(Level);
        OldStyleSteps = new OldStyleSteps(logger);
        LoggerMessageSteps = new LoggerMessageSteps(logger);
        StepLoggerSteps = new StepLoggerSteps(logger);
        StepLoggerSteps.Begin();
        if (Level == LevelState.Enabled)
        {
            _listener = ActivitySteps.ListenToAll();
        }

        GeneratedSteps = new GeneratedWrapperSteps(logger);
        GeneratedOperation = new GeneratedWrapperOperation(logger);
        GeneratedAsyncOperation = new GeneratedWrapperAsyncOperation(logger);
    }

    [GlobalCleanup]
    public void CleanUp()
    {
        StepLoggerSteps.Dispose();
        _listener?.Dispose();
        _listener = null;
    }
}
