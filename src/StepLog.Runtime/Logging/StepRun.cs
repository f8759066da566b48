using System;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using StepLog.Generated;
using StepLog.Records;

namespace StepLog;

/// <summary>
/// One run of a step, from its start line to its end line: the core of both a <see cref="StepLogger"/> step and a
/// generated <see cref="Generated.GeneratedStep"/>. A value type that holds the run's own clock, so that steps running
/// in parallel never share state. The default value is an inactive run, what a disabled level gets: its methods do
/// nothing. The step's span (when something listens) starts before the start line and stops after the end line, so that
/// both lines carry its trace and span ids.
/// </summary>
internal readonly struct StepRun
{
    private readonly ILogger? _logger;
    private readonly string _operation;
    private readonly string _name;
    private readonly Activity? _activity;
    private readonly long _start;
    private readonly int _number;
    private readonly int _total;
    private readonly int _depth;
    private readonly RunIdentity _identity;
    private readonly LogLevel _level;
    private readonly OutputFlags _outputs;

    private bool Logs => (_outputs & OutputFlags.Log) != 0;

    private bool Records => (_outputs & OutputFlags.Record) != 0;

    private bool Measures => (_outputs & OutputFlags.Measure) != 0;

    private StepRun(ILogger logger, LogLevel level, OutputFlags outputs, in RunIdentity identity, string operation, int number, string name, int total, int depth, Activity? activity)
    {
        _logger = logger;
        _level = level;
        _outputs = outputs;
        _identity = identity;
        _operation = operation;
        _number = number;
        _name = name;
        _total = total;
        _depth = depth;
        _activity = activity;

        // The clock starts after the start line, so that the duration is the step's own.
        _start = Stopwatch.GetTimestamp();
    }

    /// <summary>Whether the run's values are wanted: by its lines, its records, or a span that records its attributes.</summary>
    public bool IsRecording => Logs || Records || _activity is { IsAllDataRequested: true };

    /// <summary>
    /// Starts the span, logs and records the start (Running) and starts the clock; an inactive run when there is
    /// nowhere to go. <paramref name="identity"/> is that of the operation the step belongs to.
    /// </summary>
    public static StepRun Begin<TMetadata>(
        ILogger logger, LogLevel level, OutputFlags outputs, in RunIdentity identity,
        string operation, int number, string name, int total, int depth, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        if (outputs == OutputFlags.None)
        {
            return default;
        }

        var activity = (outputs & OutputFlags.Trace) != 0 ? StepTracing.StartStep(operation, number, name, total, metadata) : null;
        if ((outputs & OutputFlags.Log) != 0)
        {
            EntryWriter.Write(logger, level, new StepLogEntry<TMetadata>(StepEvent.StepStart, operation, name, number, total, depth, double.NaN, null, metadata, identity), null, identity.Held);
        }

        if ((outputs & OutputFlags.Record) != 0)
        {
            RecordWriter.Write(identity, identity.Operation ?? operation, name, number, total, StepStatus.Running, double.NaN, null, metadata);
        }

        return new StepRun(logger, level, outputs, identity, operation, number, name, total, depth, activity);
    }

    public void Succeed<TMetadata>(in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        if (_logger is null)
        {
            return;
        }

        var elapsed = EntryWriter.MillisecondsSince(_start);
        StepTracing.Succeeded(_activity, metadata, SpanAttributes.Duration, elapsed);
        Record(StepStatus.Success, elapsed, null, metadata);
        Measure(MetricStatus.Success, elapsed);
        var entered = StepTracing.Enter(_activity);
        if (Logs)
        {
            EntryWriter.Write(_logger, _level, Entry(StepEvent.StepSuccess, elapsed, null, metadata), null, _identity.Held);
        }

        StepTracing.Stop(_activity, entered);
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
        var message = EntryWriter.MessageOf(error);
        StepTracing.Failed(_activity, error, message, metadata, SpanAttributes.Duration, elapsed);
        Record(StepStatus.Failed, elapsed, error is OperationCanceledException ? RecordMessages.Cancelled : message, metadata);
        Measure(error is OperationCanceledException ? MetricStatus.Cancelled : MetricStatus.Failed, elapsed);
        var entered = StepTracing.Enter(_activity);
        if (Logs)
        {
            if (error is OperationCanceledException)
            {
                EntryWriter.Write(_logger, LogLevel.Warning, Entry(StepEvent.StepCancelled, elapsed, null, metadata), null, _identity.Held);
            }
            else
            {
                EntryWriter.Write(_logger, LogLevel.Error, Entry(StepEvent.StepFailure, elapsed, message, metadata), error, _identity.Held);
            }
        }

        StepTracing.Stop(_activity, entered);
    }

    public void Skip<TMetadata>(string? reason, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        if (_logger is null)
        {
            return;
        }

        reason ??= "(no reason given)";
        StepTracing.Skipped(_activity, reason, metadata);
        Record(StepStatus.Skipped, double.NaN, reason, metadata);
        if (Measures)
        {
            // A skip has no duration on its line or record; its measurement is the time until the step was skipped.
            Measure(MetricStatus.Skipped, EntryWriter.MillisecondsSince(_start));
        }
        var entered = StepTracing.Enter(_activity);
        if (Logs)
        {
            EntryWriter.Write(_logger, _level, Entry(StepEvent.StepSkipped, double.NaN, reason, metadata), null, _identity.Held);
        }

        StepTracing.Stop(_activity, entered);
    }

    /// <summary>Logs WARNING at Warning and ends the step: it completed, with something worth a look. Recorded as Warning.</summary>
    public void Warn<TMetadata>(string? message, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        if (_logger is null)
        {
            return;
        }

        message ??= "(no message given)";
        var elapsed = EntryWriter.MillisecondsSince(_start);
        StepTracing.Warned(_activity, message, metadata, elapsed);
        Record(StepStatus.Warning, elapsed, message, metadata);
        Measure(MetricStatus.Warning, elapsed);
        var entered = StepTracing.Enter(_activity);
        if (Logs && EntryWriter.IsEnabled(_logger, LogLevel.Warning))
        {
            EntryWriter.Write(_logger, LogLevel.Warning, Entry(StepEvent.StepWarning, elapsed, message, metadata), null, _identity.Held);
        }

        StepTracing.Stop(_activity, entered);
    }

    /// <summary>
    /// Logs RETRY at Warning: a recoverable error, after which the step goes on (its clock and span keep running).
    /// Recorded as Error with <c>Retry {attempt}: {message}</c> and the attempt in the details.
    /// </summary>
    public void Retry<TMetadata>(Exception? error, int attempt, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        if (_logger is null)
        {
            return;
        }

        var message = EntryWriter.MessageOf(error);
        var elapsed = EntryWriter.MillisecondsSince(_start);
        StepTracing.Retried(_activity, error, attempt);
        if (Records)
        {
            var withAttempt = new StepMetadataPair<StepMetadata<int>, TMetadata>(new StepMetadata<int>("attempt", attempt), metadata);
            RecordWriter.Write(_identity, _identity.Operation ?? _operation, _name, _number, _total, StepStatus.Error, elapsed, "Retry " + attempt.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + message, withAttempt);
        }

        if (Logs && EntryWriter.IsEnabled(_logger, LogLevel.Warning))
        {
            EntryWriter.Write(_logger, LogLevel.Warning, new StepLogEntry<TMetadata>(StepEvent.StepRetry, _operation, _name, _number, _total, _depth, elapsed, message, metadata, _identity, attempt), error, _identity.Held);
        }
    }

    /// <summary>
    /// Gives the caller back its ambient activity while the step goes on asynchronously: a wrapper that returns a
    /// pending task calls this before it returns, so that the step's span does not leak into its caller.
    /// </summary>
    public void ExitContext() => StepTracing.ExitContext(_activity);

    private void Record<TMetadata>(StepStatus status, double elapsed, string? message, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        if (Records)
        {
            RecordWriter.Write(_identity, _identity.Operation ?? _operation, _name, _number, _total, status, elapsed, message, metadata);
        }
    }

    /// <summary>
    /// The step's duration, tagged with the operation that declares the step (not the run it was called from, as its
    /// record is): a series stays the same whether or not a store is set.
    /// </summary>
    private void Measure(string status, double elapsed)
    {
        if (Measures)
        {
            StepMetrics.Step(_operation, _name, status, elapsed);
        }
    }

    private StepLogEntry<TMetadata> Entry<TMetadata>(StepEvent kind, double elapsed, string? text, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata =>
        new(kind, _operation, _name, _number, _total, _depth, elapsed, text, metadata, _identity);
}
