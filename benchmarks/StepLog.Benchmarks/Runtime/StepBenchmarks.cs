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
public abstract partial class StepBenchmarks
{
    private ActivityListener? _listener;

    [Params(LevelState.Disabled, LevelState.Enabled)]
    public LevelState Level { get; set; }

    protected OldStyleSteps OldStyleSteps { get; private set; } = null!;

    protected LoggerMessageSteps LoggerMessageSteps { get; private set; } = null!;

    protected ActivitySteps ActivitySteps { get; } = new();

    protected StepLoggerSteps StepLoggerSteps { get; private set; } = null!;

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

        SetUpGenerated(logger);
    }

    [GlobalCleanup]
    public void CleanUp()
    {
        StepLoggerSteps.Dispose();
        _listener?.Dispose();
        _listener = null;
    }

    /// <summary>Creates the [Step]/[Operation] workloads, where the generator is present (WithGenerator/).</summary>
    partial void SetUpGenerated(ILogger logger);
}
