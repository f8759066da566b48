using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using StepLog.Generated;

namespace StepLog;

/// <summary>
/// The one core every run goes through: it hands each outcome to the outputs the run wants, always in the same order
/// (span, record, metric, line), and stops the span after the last line, so that every line of a span is inside it.
/// Each output is called through one guard that reports a fault naming the output (<see cref="FaultSource"/>): a
/// listener, a store or a provider that throws costs its own output, never another output or the user's code.
/// </summary>
/// <remarks>
/// Adding an output is one class with a <c>Write</c> method, one bit in <see cref="Generated.StepOutputs"/> and one
/// guarded call here. The outputs are static classes called through generic methods, so that the JIT specialises each
/// for the metadata type: no virtual generic dispatch, no boxing, no closure on the hot path.
/// </remarks>
internal static class RunLifecycle
{
    /// <summary>Starts the run's span when something listens: the first output, before the run has an identity.</summary>
    public static Activity? StartSpan<TMetadata>(bool traced, string operation, string? step, int number, int total, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata =>
        traced ? GuardedStart(operation, step, number, total, metadata) : null;

    /// <summary>
    /// Hands <paramref name="outcome"/> to the outputs: span, record, metric, then the line inside the span. Returns what
    /// <see cref="Stop"/> takes once the caller is done (an operation first gives its caller back its context).
    /// <paramref name="values"/> go to the span and the record; <paramref name="line"/> to the line (an operation's last
    /// line shows its status before the values).
    /// </summary>
    /// <remarks>
    /// Inlined into each run's method, where the outcome's kind is a constant: the outcome is taken by value, so that
    /// it stays in registers and is copied only for the outputs a run rarely has (span, record, metric), and a step's
    /// line is made here and handed to its guard whole, as a hand-written <c>[LoggerMessage]</c> call makes its state.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Activity? Hand<TValues, TLine>(in RunState run, RunOutcome outcome, in TValues values, in TLine line)
        where TValues : struct, IStepMetadata
        where TLine : struct, IStepMetadata
    {
        // The outputs before the line, which a run rarely has, are one call away, so that the run's method stays small.
        if (run.Activity is not null || (run.Outputs & (StepOutputs.Record | StepOutputs.Measure)) != 0)
        {
            BeforeLine(run, outcome, values);
        }

        // A run's last line is written inside its span, even when it ends in another flow than the one it began in.
        var entered = outcome.IsBegin || outcome.Kind == StepEvent.StepRetry ? null : StepTracing.Enter(run.Activity);
        var held = run.Identity.Held;
        if (outcome.IsOperation && held is not null)
        {
            OperationLine(run, outcome, line);
        }
        else if (LineOutput.Wants(run, outcome))
        {
            Line(run.Logger!, outcome.Level, LineOutput.Entry(run, outcome, line), LineOutput.ErrorOf(outcome), held);
        }

        return entered;
    }

    /// <summary>Stops the run's span and gives back the activity that was current before its last line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Stop(Activity? activity, Activity? entered)
    {
        if (activity is not null)
        {
            GuardedStop(activity, entered);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Activity? GuardedStart<TMetadata>(string operation, string? step, int number, int total, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        try
        {
            return SpanOutput.Start(operation, step, number, total, metadata);
        }
        catch (Exception fault)
        {
            StepLogging.ReportFault(fault, FaultSource.ActivityListener);
            return null;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void GuardedStop(Activity activity, Activity? entered)
    {
        try
        {
            SpanOutput.Stop(activity, entered);
        }
        catch (Exception fault)
        {
            StepLogging.ReportFault(fault, FaultSource.ActivityListener);
        }
    }

    // Span, record, metric: in this order, each behind its own guard.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void BeforeLine<TValues>(in RunState run, RunOutcome outcome, in TValues values)
        where TValues : struct, IStepMetadata
    {
        if (run.Activity is not null && !outcome.IsBegin)
        {
            Span(run, outcome, values);
        }

        if (run.Records)
        {
            Record(run, outcome, values);
        }

        if (run.Measures && !outcome.IsBegin && outcome.Kind != StepEvent.StepRetry)
        {
            Metric(run, outcome);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Span<TValues>(in RunState run, in RunOutcome outcome, in TValues values)
        where TValues : struct, IStepMetadata
    {
        try
        {
            SpanOutput.Write(run, outcome, values);
        }
        catch (Exception fault)
        {
            StepLogging.ReportFault(fault, FaultSource.ActivityListener);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Record<TValues>(in RunState run, in RunOutcome outcome, in TValues values)
        where TValues : struct, IStepMetadata
    {
        try
        {
            RecordOutput.Write(run, outcome, values);
        }
        catch (Exception fault)
        {
            StepLogging.ReportFault(fault, FaultSource.Record);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Metric(in RunState run, in RunOutcome outcome)
    {
        try
        {
            MetricOutput.Write(run, outcome);
        }
        catch (Exception fault)
        {
            StepLogging.ReportFault(fault, FaultSource.MeterListener);
        }
    }

    // A line made by the caller: the guard has only the logger's call (or sampling's hold) to make.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Line<TLine>(ILogger logger, LogLevel level, in StepLogEntry<TLine> entry, Exception? error, HeldLines? held)
        where TLine : struct, IStepMetadata
    {
        try
        {
            LineOutput.Write(logger, level, entry, error, held);
        }
        catch (Exception fault)
        {
            StepLogging.ReportFault(fault, FaultSource.LoggingProvider);
        }
    }

    // A sampled operation's line, and sampling's decisions around it (see LineOutput.WriteOperationLine).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void OperationLine<TLine>(in RunState run, RunOutcome outcome, in TLine line)
        where TLine : struct, IStepMetadata
    {
        try
        {
            LineOutput.WriteOperationLine(run, outcome, line);
        }
        catch (Exception fault)
        {
            StepLogging.ReportFault(fault, FaultSource.LoggingProvider);
        }
    }
}
