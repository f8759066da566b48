using System;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using StepLog.Generated;
using StepLog.Records;

namespace StepLog;

/// <summary>
/// One run of an operation, from its START line to its last line: the core of both a <see cref="StepLogger"/> and a
/// generated <see cref="Generated.GeneratedOperation"/>, which add where the operation is ambient (the flow or the
/// thread). Each method states the outcome and hands it to <see cref="RunLifecycle"/>. Ending is two moves: one of
/// <see cref="Succeeded{TLine, TValues}"/>, <see cref="Failed"/> or <see cref="Incomplete"/> hands the outcome to the
/// outputs (the last line inside the span); then the owner gives the caller back its context and calls
/// <see cref="Stop"/> with what the first move returned.
/// </summary>
internal readonly struct OperationRun
{
    private readonly RunState _run;

    private OperationRun(in RunState run) => _run = run;

    /// <summary>Whether the operation's values are wanted: by its lines, its records, or a span that records its attributes.</summary>
    public bool IsRecording => _run.IsRecording;

    /// <summary>Who the run is: its id (the span's when there is one) and the subject of its records.</summary>
    public RunIdentity Identity => _run.Identity;

    /// <summary>
    /// Starts the span, then records and logs START inside it, then the clock. <paramref name="enclosing"/> is what the
    /// run takes from the operation it was started in (its subject, a sampled run's held lines), read by the caller
    /// before it entered the flow; a run that was not started in one passes the default.
    /// </summary>
    public static OperationRun Start<TMetadata>(
        ILogger logger, LogLevel level, StepOutputs outputs, in EnclosingRun enclosing,
        string name, int totalSteps, int depth, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        var activity = RunLifecycle.StartSpan((outputs & StepOutputs.Trace) != 0, name, null, 0, totalSteps, metadata);
        var id = OperationId.For(activity);
        var identity = new RunIdentity(id, enclosing.Subject, name, LineOutput.HeldFor(enclosing, outputs, id));
        RunLifecycle.Hand(
            new RunState(logger, level, outputs, identity, name, null, 0, totalSteps, depth, activity, isStep: false),
            new RunOutcome(StepEvent.OperationStart, StepStatus.Running, level, double.NaN), metadata, metadata);
        return new OperationRun(new RunState(
            logger, level, outputs, identity, name, null, 0, totalSteps, depth, activity, isStep: false, Stopwatch.GetTimestamp()));
    }

    /// <summary>COMPLETE at the operation's level: the line shows <paramref name="line"/>, the span and the record get <paramref name="values"/>.</summary>
    public Activity? Succeeded<TLine, TValues>(int lastStep, in TLine line, in TValues values)
        where TLine : struct, IStepMetadata
        where TValues : struct, IStepMetadata
    {
        var outcome = new RunOutcome(
            StepEvent.OperationComplete, StepStatus.Success, _run.Level, EntryWriter.MillisecondsSince(_run.Start), lastStep: lastStep);
        return RunLifecycle.Hand(_run, outcome, values, line);
    }

    /// <summary>COMPLETE with <c>status=failed, error=…</c> at Error, or <c>status=cancelled</c> at Warning.</summary>
    public Activity? Failed(int lastStep, Exception error)
    {
        var elapsed = EntryWriter.MillisecondsSince(_run.Start);
        var message = EntryWriter.MessageOf(error);
        var level = error is OperationCanceledException ? LogLevel.Warning : LogLevel.Error;
        var outcome = new RunOutcome(
            StepEvent.OperationComplete, StepStatus.Failed, level, elapsed, message, error, asksLevel: level != _run.Level, lastStep: lastStep);
        return error is OperationCanceledException
            ? RunLifecycle.Hand(_run, outcome, default(StepMetadata), new StepMetadata<string>("status", "cancelled"))
            : RunLifecycle.Hand(_run, outcome, default(StepMetadata), new StepMetadata<string, string>("status", "failed", "error", message));
    }

    /// <summary>INCOMPLETE at Warning: the operation ended without completing.</summary>
    public Activity? Incomplete(int lastStep)
    {
        var outcome = new RunOutcome(
            StepEvent.OperationIncomplete, StepStatus.Failed, LogLevel.Warning, EntryWriter.MillisecondsSince(_run.Start),
            asksLevel: _run.Level != LogLevel.Warning, lastStep: lastStep);
        return RunLifecycle.Hand(_run, outcome, default(StepMetadata), default(StepMetadata));
    }

    /// <summary>Stops the span, once the caller has its context back.</summary>
    public void Stop(Activity? entered) => RunLifecycle.Stop(_run.Activity, entered);

    /// <summary>Gives the caller back its ambient activity while the operation goes on asynchronously.</summary>
    public void ExitActivity() => StepTracing.ExitContext(_run.Activity);
}
