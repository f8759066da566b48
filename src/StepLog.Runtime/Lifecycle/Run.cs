using System;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using StepLog.Shared;

namespace StepLog;

/// <summary>
/// One run of an operation or a step, from its first line to its last: what every kind of run (a
/// <see cref="StepLogger"/> and its steps, a generated operation and step) holds while it runs. A value type that holds
/// the run's own clock, so that runs in parallel never share state. The default value is an inactive run, what a
/// disabled level gets: its methods do nothing. Each method names an end in the run's own words and hands it to
/// <see cref="RunLifecycle"/>, the one place that says what every output is given and in which order.
/// </summary>
internal readonly struct Run
{
    // The level, the outputs and the kind of run in a byte each (LogLevel runs 0-6, OutputFlags has four bits): with the
    // three ints they fill one 16-byte slot, so that an operation's run is one reference larger than before it shared
    // this type with steps, and a step's one slot smaller; a StepLogger holds one of each.
    private readonly byte _level;
    private readonly byte _outputs;
    private readonly bool _isOperation;

    private Run(ILogger logger, LogLevel level, OutputFlags outputs, in RunIdentity identity, string operation, string? step, int number, int total, int depth, Activity? activity, bool isOperation)
    {
        _isOperation = isOperation;
        Logger = logger;
        _level = (byte)level;
        _outputs = (byte)outputs;
        Identity = identity;
        Operation = operation;
        Step = step;
        Number = number;
        Total = total;
        Depth = depth;
        Activity = activity;

        // The clock starts after the first line, so that the duration is the run's own.
        Start = Stopwatch.GetTimestamp();
    }

    /// <summary>Null for an inactive run.</summary>
    public ILogger? Logger { get; }

    /// <summary>The operation that declares the run: its own name for an operation, its operation's for a step.</summary>
    public string Operation { get; }

    /// <summary>The step's name (which a <see cref="StepLogger"/> caller may give as null); null for an operation.</summary>
    public string? Step { get; }

    /// <summary>An operation's run, not a step's: its lines, record, metric and span are the operation's.</summary>
    public bool IsOperation => _isOperation;

    public Activity? Activity { get; }

    public long Start { get; }

    /// <summary>The step's number; 0 for an operation (its last line names the last step it reached).</summary>
    public int Number { get; }

    public int Total { get; }

    public int Depth { get; }

    /// <summary>Who the run is: its id (the span's when there is one) and the subject of its records.</summary>
    public RunIdentity Identity { get; }

    public LogLevel Level => (LogLevel)_level;

    public OutputFlags Outputs => (OutputFlags)_outputs;

    /// <summary>Whether the run's values are wanted: by its lines, its records, or a span that records its attributes.</summary>
    public bool IsRecording => (Outputs & (OutputFlags.Log | OutputFlags.Record)) != 0 || Activity is { IsAllDataRequested: true };

    /// <summary>A run whose first line and record are written: its clock starts now (see <see cref="RunLifecycle"/>).</summary>
    public static Run Begun(ILogger logger, LogLevel level, OutputFlags outputs, in RunIdentity identity, string operation, string? step, int number, int total, int depth, Activity? activity, bool isOperation) =>
        new(logger, level, outputs, identity, operation, step, number, total, depth, activity, isOperation);

    public void Succeed<TMetadata>(in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        if (Logger is not null)
        {
            StepTracing.Stop(Activity, RunLifecycle.End<RunEnds.Succeeded, TMetadata, TMetadata>(in this, Number, null, null, metadata, metadata));
        }
    }

    /// <summary>FAILED at Error, or CANCELLED at Warning for an <see cref="OperationCanceledException"/>.</summary>
    public void Fail<TMetadata>(Exception? error, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        if (Logger is null)
        {
            return;
        }

        // The message is read once, for the span, the record and the line.
        var message = EntryWriter.MessageOf(error);
        var entered = error is OperationCanceledException
            ? RunLifecycle.End<RunEnds.Cancelled, TMetadata, TMetadata>(in this, Number, message, error, metadata, metadata)
            : RunLifecycle.End<RunEnds.Failed, TMetadata, TMetadata>(in this, Number, message, error, metadata, metadata);
        StepTracing.Stop(Activity, entered);
    }

    public void Skip<TMetadata>(string? reason, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        if (Logger is not null)
        {
            StepTracing.Stop(Activity, RunLifecycle.End<RunEnds.Skipped, TMetadata, TMetadata>(in this, Number, reason ?? "(no reason given)", null, metadata, metadata));
        }
    }

    /// <summary>WARNING at Warning: the step completed, with something worth a look. Recorded as Warning.</summary>
    public void Warn<TMetadata>(string? message, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        if (Logger is not null)
        {
            StepTracing.Stop(Activity, RunLifecycle.End<RunEnds.Warned, TMetadata, TMetadata>(in this, Number, message ?? "(no message given)", null, metadata, metadata));
        }
    }

    /// <summary>RETRY at Warning: a recoverable error, after which the step goes on (its clock and span keep running).</summary>
    public void Retry<TMetadata>(Exception? error, int attempt, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        if (Logger is not null)
        {
            RunLifecycle.Retry(in this, error, attempt, metadata);
        }
    }

    /// <summary>An operation's COMPLETE at its level: the line shows <paramref name="line"/>, the span and the record get <paramref name="values"/>.</summary>
    public Activity? Succeeded<TLine, TValues>(int lastStep, in TLine line, in TValues values)
        where TLine : struct, IStepMetadata
        where TValues : struct, IStepMetadata =>
        RunLifecycle.End<RunEnds.Succeeded, TLine, TValues>(in this, lastStep, null, null, line, values);

    /// <summary>An operation's COMPLETE with <c>status=failed, error=…</c> at Error, or <c>status=cancelled</c> at Warning.</summary>
    public Activity? Failed(int lastStep, Exception error)
    {
        var message = EntryWriter.MessageOf(error);
        if (error is OperationCanceledException)
        {
            return RunLifecycle.End<RunEnds.Cancelled, StepMetadata<string>, StepMetadata>(
                in this, lastStep, message, error, new StepMetadata<string>(LineFieldNames.Status, LineStatus.Cancelled), default);
        }

        return RunLifecycle.End<RunEnds.Failed, StepMetadata<string, string>, StepMetadata>(
            in this, lastStep, message, error, new StepMetadata<string, string>(LineFieldNames.Status, LineStatus.Failed, LineFieldNames.Error, message), default);
    }

    /// <summary>An operation's INCOMPLETE at Warning: it ended without completing.</summary>
    public Activity? Incomplete(int lastStep) =>
        RunLifecycle.End<RunEnds.Incomplete, StepMetadata, StepMetadata>(in this, lastStep, null, null, default, default);

    /// <summary>Stops the span, once the caller has its context back (an operation ends in these two moves).</summary>
    public void Stop(Activity? entered) => StepTracing.Stop(Activity, entered);

    /// <summary>
    /// Gives the caller back its ambient activity while the run goes on asynchronously: a wrapper that returns a pending
    /// task calls this before it returns, so that the run's span does not leak into its caller.
    /// </summary>
    public void ExitContext() => StepTracing.ExitContext(Activity);
}
