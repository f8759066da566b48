using System;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using StepLog.Generated;
using StepLog.Records;

namespace StepLog;

/// <summary>
/// One run of a step, from its start line to its end line: the core of both a <see cref="StepLogger"/> step and a
/// generated <see cref="Generated.GeneratedStep"/>. Each method states the outcome and hands it to
/// <see cref="RunLifecycle"/>, which fans it out to the span, the record, the metric and the line. A value type that
/// holds the run's own clock, so that steps running in parallel never share state. The default value is an inactive
/// run, what a disabled level gets: its methods do nothing.
/// </summary>
internal readonly struct StepRun
{
    private readonly RunState _run;

    private StepRun(
        ILogger logger, LogLevel level, StepOutputs outputs, in RunIdentity identity,
        string operation, string name, int number, int total, int depth, Activity? activity, long start) =>
        _run = new RunState(logger, level, outputs, identity, operation, name, number, total, depth, activity, isStep: true, start);

    /// <summary>Whether the run's values are wanted: by its lines, its records, or a span that records its attributes.</summary>
    public bool IsRecording => _run.IsRecording;

    /// <summary>
    /// Starts the span, records and logs the start (Running) and starts the clock; an inactive run when there is
    /// nowhere to go. <paramref name="identity"/> is that of the operation the step belongs to.
    /// </summary>
    public static StepRun Begin<TMetadata>(
        ILogger logger, LogLevel level, StepOutputs outputs, in RunIdentity identity,
        string operation, int number, string name, int total, int depth, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        if (outputs == StepOutputs.None)
        {
            return default;
        }

        var activity = RunLifecycle.StartSpan((outputs & StepOutputs.Trace) != 0, operation, name, number, total, metadata);
        RunLifecycle.Hand(
            new RunState(logger, level, outputs, identity, operation, name, number, total, depth, activity, isStep: true),
            new RunOutcome(StepEvent.StepStart, StepStatus.Running, level, double.NaN), metadata, metadata);

        // Built again rather than copied with its clock set: the state is a dozen fields, and a step is the hot path.
        return new StepRun(logger, level, outputs, identity, operation, name, number, total, depth, activity, Stopwatch.GetTimestamp());
    }

    public void Succeed<TMetadata>(in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        if (_run.Logger is null)
        {
            return;
        }

        var outcome = new RunOutcome(StepEvent.StepSuccess, StepStatus.Success, _run.Level, EntryWriter.MillisecondsSince(_run.Start));
        End(outcome, metadata);
    }

    /// <summary>FAILED at Error, or CANCELLED at Warning for an <see cref="OperationCanceledException"/>.</summary>
    public void Fail<TMetadata>(Exception? error, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        if (_run.Logger is null)
        {
            return;
        }

        var elapsed = EntryWriter.MillisecondsSince(_run.Start);
        var outcome = error is OperationCanceledException
            ? new RunOutcome(StepEvent.StepCancelled, StepStatus.Failed, LogLevel.Warning, elapsed, EntryWriter.MessageOf(error), error)
            : new RunOutcome(StepEvent.StepFailure, StepStatus.Failed, LogLevel.Error, elapsed, EntryWriter.MessageOf(error), error);
        End(outcome, metadata);
    }

    public void Skip<TMetadata>(string? reason, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        if (_run.Logger is null)
        {
            return;
        }

        // A skip has no duration on its line or record; its measurement is the time until the step was skipped.
        var outcome = new RunOutcome(
            StepEvent.StepSkipped, StepStatus.Skipped, _run.Level, EntryWriter.MillisecondsSince(_run.Start), reason ?? "(no reason given)");
        End(outcome, metadata);
    }

    /// <summary>WARNING at Warning, and the step ends: it completed, with something worth a look. Recorded as Warning.</summary>
    public void Warn<TMetadata>(string? message, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        if (_run.Logger is null)
        {
            return;
        }

        var outcome = new RunOutcome(
            StepEvent.StepWarning, StepStatus.Warning, LogLevel.Warning, EntryWriter.MillisecondsSince(_run.Start),
            message ?? "(no message given)", asksLevel: true);
        End(outcome, metadata);
    }

    /// <summary>
    /// RETRY at Warning: a recoverable error, after which the step goes on (its clock and span keep running).
    /// Recorded as Error with <c>Retry {attempt}: {message}</c> and the attempt in the details.
    /// </summary>
    public void Retry<TMetadata>(Exception? error, int attempt, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        if (_run.Logger is null)
        {
            return;
        }

        var outcome = new RunOutcome(
            StepEvent.StepRetry, StepStatus.Error, LogLevel.Warning, EntryWriter.MillisecondsSince(_run.Start),
            EntryWriter.MessageOf(error), error, asksLevel: true, attempt: attempt);
        RunLifecycle.Hand(_run, outcome, metadata, metadata);
    }

    /// <summary>
    /// Gives the caller back its ambient activity while the step goes on asynchronously: a wrapper that returns a
    /// pending task calls this before it returns, so that the step's span does not leak into its caller.
    /// </summary>
    public void ExitContext() => StepTracing.ExitContext(_run.Activity);

    private void End<TMetadata>(in RunOutcome outcome, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata =>
        RunLifecycle.Stop(_run.Activity, RunLifecycle.Hand(_run, outcome, metadata, metadata));
}
