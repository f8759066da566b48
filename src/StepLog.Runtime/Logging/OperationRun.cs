using System;
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace StepLog;

/// <summary>
/// One run of an operation, from its START line to its last line: the core of both a <see cref="StepLogger"/> and a
/// generated <see cref="Generated.GeneratedOperation"/>, which add where the operation is ambient (the flow or the
/// thread). The span (when something listens) starts before START and stops after the last line, so that both lines
/// carry its trace and span ids. Ending is two moves: one of <see cref="Succeeded{TLine, TValues}"/>,
/// <see cref="Failed"/> or <see cref="Incomplete"/> sets the span's outcome and writes the last line inside it; then the
/// owner gives the caller back its context and calls <see cref="Stop"/> with what the first move returned.
/// </summary>
internal readonly struct OperationRun
{
    private readonly ILogger? _logger;
    private readonly string _name;
    private readonly Activity? _activity;
    private readonly long _start;
    private readonly int _totalSteps;
    private readonly int _depth;
    private readonly LogLevel _level;
    private readonly bool _logs;

    private OperationRun(ILogger logger, LogLevel level, bool logs, string name, int totalSteps, int depth, Activity? activity)
    {
        _logger = logger;
        _level = level;
        _logs = logs;
        _name = name;
        _totalSteps = totalSteps;
        _depth = depth;
        _activity = activity;
        _start = Stopwatch.GetTimestamp();
    }

    /// <summary>Whether the operation's values are wanted: by its lines, or by a span that records its attributes.</summary>
    public bool IsRecording => _logs || _activity is { IsAllDataRequested: true };

    /// <summary>Starts the span, then logs START inside it, then the clock.</summary>
    public static OperationRun Start<TMetadata>(ILogger logger, LogLevel level, bool logs, bool traced, string name, int totalSteps, int depth, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        var activity = traced ? StepTracing.StartOperation(name, totalSteps, metadata) : null;
        if (logs)
        {
            EntryWriter.Write(logger, level, new StepLogEntry<TMetadata>(StepEvent.OperationStart, name, null, 0, totalSteps, depth, double.NaN, null, metadata), null);
        }

        return new OperationRun(logger, level, logs, name, totalSteps, depth, activity);
    }

    /// <summary>COMPLETE at the operation's level: the line shows <paramref name="line"/>, the span gets <paramref name="values"/>.</summary>
    public Activity? Succeeded<TLine, TValues>(int lastStep, in TLine line, in TValues values)
        where TLine : struct, IStepMetadata
        where TValues : struct, IStepMetadata
    {
        var elapsed = EntryWriter.MillisecondsSince(_start);
        StepTracing.Succeeded(_activity, values, SpanAttributes.TotalDuration, elapsed);
        return WriteLast(_level, StepEvent.OperationComplete, lastStep, elapsed, line);
    }

    /// <summary>COMPLETE with <c>status=failed, error=…</c> at Error, or <c>status=cancelled</c> at Warning.</summary>
    public Activity? Failed(int lastStep, Exception error)
    {
        var elapsed = EntryWriter.MillisecondsSince(_start);
        StepTracing.Failed(_activity, error, default(StepMetadata), SpanAttributes.TotalDuration, elapsed);
        return error is OperationCanceledException
            ? WriteLast(LogLevel.Warning, StepEvent.OperationComplete, lastStep, elapsed, new StepMetadata<string>("status", "cancelled"))
            : WriteLast(LogLevel.Error, StepEvent.OperationComplete, lastStep, elapsed, new StepMetadata<string, string>("status", "failed", "error", EntryWriter.MessageOf(error)));
    }

    /// <summary>INCOMPLETE at Warning: the operation ended without completing.</summary>
    public Activity? Incomplete(int lastStep)
    {
        var elapsed = EntryWriter.MillisecondsSince(_start);
        StepTracing.Incomplete(_activity, lastStep, _totalSteps, elapsed);
        return WriteLast(LogLevel.Warning, StepEvent.OperationIncomplete, lastStep, elapsed, default(StepMetadata));
    }

    /// <summary>Stops the span, once the caller has its context back.</summary>
    public void Stop(Activity? entered) => StepTracing.Stop(_activity, entered);

    /// <summary>Gives the caller back its ambient activity while the operation goes on asynchronously.</summary>
    public void ExitActivity() => StepTracing.ExitContext(_activity);

    private Activity? WriteLast<TMetadata>(LogLevel level, StepEvent kind, int lastStep, double elapsed, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        var entered = StepTracing.Enter(_activity);
        if (_logs && EntryWriter.IsEnabled(_logger!, level))
        {
            EntryWriter.Write(_logger!, level, new StepLogEntry<TMetadata>(kind, _name, null, lastStep, _totalSteps, _depth, elapsed, null, metadata), null);
        }

        return entered;
    }
}
