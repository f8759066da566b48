using System;
using System.ComponentModel;
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace StepLog.Generated;

/// <summary>
/// One call of a generated <see cref="StepAttribute">[Step]</see> wrapper. A value type that holds the call's own
/// clock, so that steps running in parallel never share state. The wrapper asks <see cref="Outputs"/> first and calls
/// the body directly when it is <see cref="StepOutputs.None"/>; otherwise <see cref="Begin{TMetadata}"/> takes that
/// answer, so that the level is checked once per call.
/// </summary>
/// <remarks>Used by code that the StepLog generator writes; not meant to be called by hand.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct GeneratedStep
{
    private readonly ILogger? _logger;
    private readonly StepDefinition _step;
    private readonly Activity? _activity;
    private readonly long _start;
    private readonly int _depth;
    private readonly bool _logs;

    private GeneratedStep(ILogger logger, StepDefinition step, int depth, bool logs, Activity? activity)
    {
        _logger = logger;
        _step = step;
        _depth = depth;
        _logs = logs;
        _activity = activity;

        // The clock starts after the start line, so that the duration is the step's own.
        _start = Stopwatch.GetTimestamp();
    }

    /// <summary>Whether the step logs or traces; the default value does neither.</summary>
    public bool IsActive => _logger is not null;

    /// <summary>Whether the step writes lines: generated code reads result values only then.</summary>
    public bool IsLogging => _logs;

    /// <summary>Where the step goes: checked once per call, before anything is computed for the lines.</summary>
    public static StepOutputs Outputs(ILogger logger, StepDefinition step) =>
        (EntryWriter.IsEnabled(logger, step.Level) ? StepOutputs.Log : StepOutputs.None) |
        (StepTracing.HasListeners ? StepOutputs.Trace : StepOutputs.None);

    /// <summary>Logs the step's start line with no metadata.</summary>
    public static GeneratedStep Begin(ILogger logger, StepDefinition step, StepOutputs outputs) =>
        Begin(logger, step, outputs, default(StepMetadata));

    /// <summary>Logs the step's start line with the values of its <see cref="LogAttribute">[Log]</see> parameters.</summary>
    public static GeneratedStep Begin<TMetadata>(ILogger logger, StepDefinition step, StepOutputs outputs, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        if (outputs == StepOutputs.None)
        {
            return default;
        }

        var depth = StepLogger.AmbientDepth;
        var logs = (outputs & StepOutputs.Log) != 0;
        if (logs)
        {
            EntryWriter.Write(logger, step.Level, new StepLogEntry<TMetadata>(StepEvent.StepStart, step.Operation, step.Name, step.Number, step.TotalSteps, depth, double.NaN, null, metadata), null);
        }

        var activity = (outputs & StepOutputs.Trace) != 0 ? StepTracing.StartStep(step.Operation, step.Number, step.Name) : null;
        return new GeneratedStep(logger, step, depth, logs, activity);
    }

    /// <summary>Logs SUCCESS with the duration.</summary>
    public void Succeed() => Succeed(default(StepMetadata));

    /// <summary>Logs SUCCESS with the result's values and the duration.</summary>
    public void Succeed<TMetadata>(in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        if (_logger is null)
        {
            return;
        }

        var elapsed = EntryWriter.MillisecondsSince(_start);
        if (_activity is not null)
        {
            StepTracing.Stop(_activity, "success");
        }

        if (_logs)
        {
            EntryWriter.Write(_logger, _step.Level, Entry(StepEvent.StepSuccess, elapsed, null, metadata), null);
        }
    }

    /// <summary>Logs FAILED at Error (or CANCELLED at Warning for an <see cref="OperationCanceledException"/>) with the duration.</summary>
    public void Fail(Exception error)
    {
        if (_logger is null)
        {
            return;
        }

        var elapsed = EntryWriter.MillisecondsSince(_start);
        if (error is OperationCanceledException)
        {
            StepTracing.Stop(_activity, "cancelled");
            if (_logs)
            {
                EntryWriter.Write(_logger, LogLevel.Warning, Entry(StepEvent.StepCancelled, elapsed, null, default(StepMetadata)), null);
            }

            return;
        }

        StepTracing.Stop(_activity, "failed", error);
        if (_logs)
        {
            EntryWriter.Write(_logger, LogLevel.Error, Entry(StepEvent.StepFailure, elapsed, EntryWriter.MessageOf(error), default(StepMetadata)), error);
        }
    }

    /// <summary>Restores the caller's ambient activity while the step goes on asynchronously.</summary>
    public void ExitContext() => StepTracing.ExitContext(_activity);

    private StepLogEntry<TMetadata> Entry<TMetadata>(StepEvent kind, double elapsed, string? text, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata =>
        new(kind, _step.Operation, _step.Name, _step.Number, _step.TotalSteps, _depth, elapsed, text, metadata);
}
