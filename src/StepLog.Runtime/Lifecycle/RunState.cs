using System.Diagnostics;
using Microsoft.Extensions.Logging;
using StepLog.Generated;

namespace StepLog;

/// <summary>
/// Who and where a run is, fixed when it begins: what every output needs besides the outcome of the moment. A step
/// names its <see cref="Step"/>; an operation has none. The default value is a run that went nowhere.
/// </summary>
internal readonly struct RunState
{
    public RunState(
        ILogger logger, LogLevel level, StepOutputs outputs, in RunIdentity identity,
        string operation, string? step, int number, int total, int depth, Activity? activity, bool isStep, long start = 0)
    {
        IsStep = isStep;
        Start = start;
        Logger = logger;
        Level = level;
        Outputs = outputs;
        Identity = identity;
        Operation = operation;
        Step = step;
        Number = number;
        Total = total;
        Depth = depth;
        Activity = activity;
    }

    /// <summary>Where the lines go; null for a run that went nowhere.</summary>
    public ILogger? Logger { get; }

    /// <summary>The level of the run's own lines (a failure, warning or INCOMPLETE has its own).</summary>
    public LogLevel Level { get; }

    /// <summary>Which outputs the run was found to want when it began.</summary>
    public StepOutputs Outputs { get; }

    public RunIdentity Identity { get; }

    /// <summary>The operation that declares the run (a step's) or the operation itself.</summary>
    public string Operation { get; }

    /// <summary>The step's name; null when the run is an operation.</summary>
    public string? Step { get; }

    /// <summary>The step's number; 0 for an operation.</summary>
    public int Number { get; }

    public int Total { get; }

    public int Depth { get; }

    /// <summary>The run's span; null when nothing listens.</summary>
    public Activity? Activity { get; }

    /// <summary>
    /// The <see cref="Stopwatch.GetTimestamp"/> reading the run's durations count from, taken once its start is written
    /// and recorded, so that the duration is the run's own; 0 in the state its begin outcome is handed with.
    /// </summary>
    public long Start { get; }

    /// <summary>Whether the run is a step (its <see cref="Step"/> may still be null: a name is the caller's to give).</summary>
    public bool IsStep { get; }

    public bool Logs => (Outputs & StepOutputs.Log) != 0;

    public bool Records => (Outputs & StepOutputs.Record) != 0;

    public bool Measures => (Outputs & StepOutputs.Measure) != 0;

    /// <summary>Whether the run's values are wanted: by its lines, its records, or a span that records its attributes.</summary>
    public bool IsRecording => Logs || Records || Activity is { IsAllDataRequested: true };
}
