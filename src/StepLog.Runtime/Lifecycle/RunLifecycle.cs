using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using StepLog.Generated;
using StepLog.Records;

namespace StepLog;

/// <summary>
/// The one core every run goes through: it begins a run, ends it, and hands a retry on, giving each output what it
/// needs in one fixed order: the span (<see cref="StepTracing"/>), the record (<see cref="RecordWriter"/>), the metric
/// (<see cref="StepMetrics"/>), the line (<see cref="EntryWriter"/>, which alone knows about sampling). Each output
/// guards its own entry: a fault in one costs that output's part, never the others' or the user's code.
/// </summary>
/// <remarks>
/// An end is a type argument (<see cref="IRunEnd"/>), so that each end compiles to what a method written out for it
/// would be. The span, the record and the metric sit behind one call that a run without them never makes: a run whose
/// only output is its line (the usual one) costs the line and a test of its flags.
/// </remarks>
internal static partial class RunLifecycle
{
    private const OutputFlags BesidesTheLine = OutputFlags.Trace | OutputFlags.Record | OutputFlags.Measure;

    /// <summary>
    /// Starts a step's span, records and logs its start (Running) and starts its clock; an inactive run when there is
    /// nowhere to go. <paramref name="identity"/> is that of the operation the step belongs to.
    /// </summary>
    public static Run BeginStep<TMetadata>(
        ILogger logger, LogLevel level, OutputFlags outputs, in RunIdentity identity,
        string operation, int number, string name, int total, int depth, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        if (outputs == OutputFlags.None)
        {
            return default;
        }

        var activity = (outputs & OutputFlags.Trace) != 0 ? StepTracing.StartStep(operation, number, name, total, metadata) : null;
        return Begin(logger, level, outputs, identity, operation, name, number, total, depth, activity, null, isOperation: false, metadata);
    }

    /// <summary>
    /// Starts an operation's span, then records and logs START inside it, then the clock. <paramref name="subject"/> is
    /// the run's own or, when it has none, the enclosing operation's (the caller finds it before it enters the flow),
    /// and so are the held lines that a nested operation shares with its enclosing one when <paramref name="sampling"/>
    /// (<see cref="SamplingSettings.Current"/>, null when nothing is sampled) is on. <paramref name="parentId"/> is the
    /// run it runs inside (<see cref="RunParents"/>), for its first record only: kept nowhere else, so no run grows.
    /// </summary>
    public static Run BeginOperation<TMetadata>(
        ILogger logger, LogLevel level, OutputFlags outputs, string? subject, string? parentId,
        SamplingSettings? sampling, HeldLines? enclosingLines,
        string name, int total, int depth, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        // The operation's id is its span's, so the span starts first; the held lines are the line output's, asked here
        // because every step of the run carries them in its identity.
        var activity = (outputs & OutputFlags.Trace) != 0 ? StepTracing.StartOperation(name, total, metadata) : null;
        var id = OperationId.For(activity);
        var identity = new RunIdentity(id, subject, name, HeldLines.ForRun(sampling, enclosingLines, (outputs & OutputFlags.Log) != 0, id));
        return Begin(logger, level, outputs, identity, name, null, 0, total, depth, activity, parentId, isOperation: true, metadata);
    }

    // The span has started (the caller's, since an operation's id is its span's): the record, then the line, then the clock.
    private static Run Begin<TMetadata>(
        ILogger logger, LogLevel level, OutputFlags outputs, in RunIdentity identity, string operation, string? step,
        int number, int total, int depth, Activity? activity, string? parentId, bool isOperation, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        if ((outputs & OutputFlags.Record) != 0)
        {
            RecordWriter.Write(identity, identity.Operation ?? operation, isOperation ? operation : step!, number, total, StepStatus.Running, double.NaN, null, metadata, parentId);
        }

        if ((outputs & OutputFlags.Log) != 0)
        {
            var kind = isOperation ? StepEvent.OperationStart : StepEvent.StepStart;
            EntryWriter.Write(logger, level, new StepLogEntry<TMetadata>(kind, operation, step, number, total, depth, double.NaN, null, metadata, identity), null, identity.Held);
        }

        return Run.Begun(logger, level, outputs, identity, operation, step, number, total, depth, activity, isOperation);
    }

    /// <summary>
    /// Ends <paramref name="run"/> as <typeparamref name="TEnd"/> says: the span's outcome, the record and the metric,
    /// then the last line inside the span. Returns what <see cref="StepTracing.Stop"/> takes to end the span, which the
    /// owner calls once it has given the caller its context back. <paramref name="number"/> is the step's number, or the
    /// last step an operation reached; <paramref name="line"/> is what the line shows and <paramref name="values"/> what
    /// the span and the record get (a step's are the same; an operation's line adds its status).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Activity? End<TEnd, TLine, TValues>(in Run run, int number, string? message, Exception? error, in TLine line, in TValues values)
        where TEnd : struct, IRunEnd
        where TLine : struct, IStepMetadata
        where TValues : struct, IStepMetadata
    {
        var elapsed = EntryWriter.MillisecondsSince(run.Start);
        if ((run.Outputs & BesidesTheLine) != 0)
        {
            EndBesidesTheLine<TEnd, TValues>(run, number, elapsed, message, error, values);
        }

        var entered = StepTracing.Enter(run.Activity);
        EntryWriter.End<TEnd, TLine>(run, number, elapsed, message, error, line);
        return entered;
    }

    /// <summary>
    /// RETRY: a recoverable error, after which the step goes on (its clock and span keep running). The span gets an
    /// event, the record is Error with <c>Retry {attempt}: {message}</c>, the line is at Warning; nothing is measured,
    /// since the run has not ended.
    /// </summary>
    public static void Retry<TMetadata>(in Run run, Exception? error, int attempt, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        var message = EntryWriter.MessageOf(error);
        var elapsed = EntryWriter.MillisecondsSince(run.Start);
        StepTracing.Retried(run.Activity, error, attempt);
        if ((run.Outputs & OutputFlags.Record) != 0)
        {
            RecordWriter.Retry(run, elapsed, message, attempt, metadata);
        }

        EntryWriter.Retry(run, elapsed, message, error, attempt, metadata);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void EndBesidesTheLine<TEnd, TValues>(in Run run, int number, double elapsed, string? message, Exception? error, in TValues values)
        where TEnd : struct, IRunEnd
        where TValues : struct, IStepMetadata
    {
        if (run.Activity is { } activity)
        {
            StepTracing.End<TEnd, TValues>(activity, run, number, elapsed, message, error, values);
        }

        if ((run.Outputs & OutputFlags.Record) != 0)
        {
            RecordWriter.End<TEnd, TValues>(run, elapsed, message, values);
        }

        if ((run.Outputs & OutputFlags.Measure) != 0)
        {
            StepMetrics.End<TEnd>(run, elapsed);
        }
    }
}
