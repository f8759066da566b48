using System;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using StepLog.Generated;
using StepLog.Records;

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
    private readonly RunIdentity _identity;
    private readonly LogLevel _level;
    private readonly OutputFlags _outputs;

    private bool Logs => (_outputs & OutputFlags.Log) != 0;

    private bool Records => (_outputs & OutputFlags.Record) != 0;

    private bool Measures => (_outputs & OutputFlags.Measure) != 0;

    private OperationRun(ILogger logger, LogLevel level, OutputFlags outputs, in RunIdentity identity, string name, int totalSteps, int depth, Activity? activity)
    {
        _outputs = outputs;
        _logger = logger;
        _level = level;
        _identity = identity;
        _name = name;
        _totalSteps = totalSteps;
        _depth = depth;
        _activity = activity;
        _start = Stopwatch.GetTimestamp();
    }

    /// <summary>Whether the operation's values are wanted: by its lines, its records, or a span that records its attributes.</summary>
    public bool IsRecording => Logs || Records || _activity is { IsAllDataRequested: true };

    /// <summary>Who the run is: its id (the span's when there is one) and the subject of its records.</summary>
    public RunIdentity Identity => _identity;

    /// <summary>
    /// Starts the span, then logs and records START inside it, then the clock. <paramref name="subject"/> is the
    /// run's own or, when it has none, the enclosing operation's (the caller finds it before it enters the flow), and
    /// so are the held lines that a nested operation shares with its enclosing one when <paramref name="sampling"/>
    /// (<see cref="SamplingSettings.Current"/>, null when nothing is sampled) is on. <paramref name="parentId"/> is the
    /// run it runs inside (<see cref="RunParents"/>), for its first record only: kept nowhere else, so no run grows.
    /// </summary>
    public static OperationRun Start<TMetadata>(
        ILogger logger, LogLevel level, OutputFlags outputs, string? subject, string? parentId,
        SamplingSettings? sampling, HeldLines? enclosingLines,
        string name, int totalSteps, int depth, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        var logs = (outputs & OutputFlags.Log) != 0;
        var activity = (outputs & OutputFlags.Trace) != 0 ? StepTracing.StartOperation(name, totalSteps, metadata) : null;
        var id = OperationId.For(activity);
        var identity = new RunIdentity(id, subject, name, HeldLines.ForRun(sampling, enclosingLines, logs, id));
        if (logs)
        {
            EntryWriter.Write(logger, level, new StepLogEntry<TMetadata>(StepEvent.OperationStart, name, null, 0, totalSteps, depth, double.NaN, null, metadata, identity), null, identity.Held);
        }

        if ((outputs & OutputFlags.Record) != 0)
        {
            RecordWriter.Write(identity, name, name, 0, totalSteps, StepStatus.Running, double.NaN, null, metadata, parentId);
        }

        return new OperationRun(logger, level, outputs, identity, name, totalSteps, depth, activity);
    }

    /// <summary>COMPLETE at the operation's level: the line shows <paramref name="line"/>, the span gets <paramref name="values"/>.</summary>
    public Activity? Succeeded<TLine, TValues>(int lastStep, in TLine line, in TValues values)
        where TLine : struct, IStepMetadata
        where TValues : struct, IStepMetadata
    {
        var elapsed = EntryWriter.MillisecondsSince(_start);
        StepTracing.Succeeded(_activity, values, SpanAttributes.TotalDuration, elapsed);
        Record(StepStatus.Success, elapsed, null, values);
        Measure(MetricStatus.Success, elapsed);
        return WriteLast(_level, StepEvent.OperationComplete, lastStep, elapsed, line);
    }

    /// <summary>COMPLETE with <c>status=failed, error=…</c> at Error, or <c>status=cancelled</c> at Warning.</summary>
    public Activity? Failed(int lastStep, Exception error)
    {
        var elapsed = EntryWriter.MillisecondsSince(_start);
        var message = EntryWriter.MessageOf(error);

        // A failed or cancelled run is never sampled away: its lines are written before its last one.
        _identity.Held?.Release();
        StepTracing.Failed(_activity, error, message, default(StepMetadata), SpanAttributes.TotalDuration, elapsed);
        Record(StepStatus.Failed, elapsed, error is OperationCanceledException ? RecordMessages.Cancelled : message, default(StepMetadata));
        Measure(error is OperationCanceledException ? MetricStatus.Cancelled : MetricStatus.Failed, elapsed);
        return error is OperationCanceledException
            ? WriteLast(LogLevel.Warning, StepEvent.OperationComplete, lastStep, elapsed, new StepMetadata<string>("status", "cancelled"))
            : WriteLast(LogLevel.Error, StepEvent.OperationComplete, lastStep, elapsed, new StepMetadata<string, string>("status", "failed", "error", message));
    }

    /// <summary>INCOMPLETE at Warning: the operation ended without completing.</summary>
    public Activity? Incomplete(int lastStep)
    {
        var elapsed = EntryWriter.MillisecondsSince(_start);
        _identity.Held?.Release();
        StepTracing.Incomplete(_activity, lastStep, _totalSteps, elapsed);
        Record(StepStatus.Failed, elapsed, RecordMessages.Incomplete, default(StepMetadata));
        Measure(MetricStatus.Incomplete, elapsed);
        return WriteLast(LogLevel.Warning, StepEvent.OperationIncomplete, lastStep, elapsed, default(StepMetadata));
    }

    /// <summary>Stops the span, once the caller has its context back.</summary>
    public void Stop(Activity? entered) => StepTracing.Stop(_activity, entered);

    /// <summary>Gives the caller back its ambient activity while the operation goes on asynchronously.</summary>
    public void ExitActivity() => StepTracing.ExitContext(_activity);

    private void Record<TMetadata>(StepStatus status, double elapsed, string? message, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        if (Records)
        {
            RecordWriter.Write(_identity, _name, _name, 0, _totalSteps, status, elapsed, message, metadata);
        }
    }

    private void Measure(string status, double elapsed)
    {
        if (Measures)
        {
            StepMetrics.Operation(_name, status, elapsed);
        }
    }

    private Activity? WriteLast<TMetadata>(LogLevel level, StepEvent kind, int lastStep, double elapsed, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        var entered = StepTracing.Enter(_activity);

        // The operation's own level was checked when it started, as a step's is for its end line; another one is asked.
        if (Logs && (level == _level || EntryWriter.IsEnabled(_logger!, level)))
        {
            EntryWriter.Write(_logger!, level, new StepLogEntry<TMetadata>(kind, _name, null, lastStep, _totalSteps, _depth, elapsed, null, metadata, _identity), null, _identity.Held);
        }

        // The top-level operation of a sampled run decides, after its last line, what becomes of the lines it held.
        if (_identity.Held is { } held && held.IsRootOf(_identity.Id))
        {
            held.End(Stopwatch.GetTimestamp() - _start);
        }

        return entered;
    }
}
