using System;
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace StepLog;

/// <summary>
/// One step of a <see cref="StepLogger"/>, from its start line to its end line.
/// The default value is an inactive run, what a disabled level gets: its methods do nothing.
/// </summary>
internal readonly struct StepRun
{
    private readonly ILogger? _logger;
    private readonly LogLevel _level;
    private readonly bool _enabled;
    private readonly string _operation;
    private readonly string _name;
    private readonly int _number;
    private readonly int _total;
    private readonly int _depth;
    private readonly long _start;
    private readonly Activity? _activity;

    private StepRun(ILogger logger, LogLevel level, bool enabled, string operation, int number, string name, int total, int depth, Activity? activity)
    {
        _logger = logger;
        _level = level;
        _enabled = enabled;
        _operation = operation;
        _number = number;
        _name = name;
        _total = total;
        _depth = depth;
        _activity = activity;
        _start = Stopwatch.GetTimestamp();
    }

    /// <summary>Logs the start line and starts the clock; an inactive run when the level is disabled and nothing traces.</summary>
    public static StepRun Begin<TMetadata>(ILogger logger, LogLevel level, string operation, int number, string name, int total, int depth, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        var enabled = EntryWriter.IsEnabled(logger, level);
        if (!enabled && !StepTracing.HasListeners)
        {
            return default;
        }

        if (enabled)
        {
            EntryWriter.Write(logger, level, new StepLogEntry<TMetadata>(StepEvent.StepStart, operation, name, number, total, depth, double.NaN, null, metadata), null);
        }

        // The clock starts after the start line, so that the duration is the step's own.
        return new StepRun(logger, level, enabled, operation, number, name, total, depth, StepTracing.StartStep(operation, number, name));
    }

    public void Succeed<TMetadata>(in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        if (_logger is null)
        {
            return;
        }

        var elapsed = EntryWriter.MillisecondsSince(_start);
        StepTracing.Stop(_activity, "success");
        if (_enabled)
        {
            EntryWriter.Write(_logger, _level, Entry(StepEvent.StepSuccess, elapsed, null, metadata), null);
        }
    }

    /// <summary>Logs FAILED at Error, or CANCELLED at Warning for an <see cref="OperationCanceledException"/>.</summary>
    public void Fail<TMetadata>(Exception? error, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        if (_logger is null)
        {
            return;
        }

        var elapsed = EntryWriter.MillisecondsSince(_start);
        if (error is OperationCanceledException)
        {
            StepTracing.Stop(_activity, "cancelled");
            if (_enabled)
            {
                EntryWriter.Write(_logger, LogLevel.Warning, Entry(StepEvent.StepCancelled, elapsed, null, metadata), null);
            }

            return;
        }

        StepTracing.Stop(_activity, "failed", error);
        if (_enabled)
        {
            EntryWriter.Write(_logger, LogLevel.Error, Entry(StepEvent.StepFailure, elapsed, EntryWriter.MessageOf(error), metadata), error);
        }
    }

    public void Skip<TMetadata>(string? reason, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        if (_logger is null)
        {
            return;
        }

        StepTracing.Stop(_activity, "skipped");
        if (_enabled)
        {
            EntryWriter.Write(_logger, _level, Entry(StepEvent.StepSkipped, double.NaN, reason ?? "(no reason given)", metadata), null);
        }
    }

    /// <summary>
    /// Gives the caller back its ambient activity while the step goes on asynchronously: a wrapper that returns a
    /// pending task calls this before it returns, so that the step's span does not leak into its caller.
    /// </summary>
    public void ExitContext() => StepTracing.ExitContext(_activity);

    private StepLogEntry<TMetadata> Entry<TMetadata>(StepEvent kind, double elapsed, string? text, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata =>
        new(kind, _operation, _name, _number, _total, _depth, elapsed, text, metadata);
}
