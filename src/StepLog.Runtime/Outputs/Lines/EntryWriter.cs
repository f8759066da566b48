using System;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using StepLog.Generated;

namespace StepLog;

/// <summary>
/// The one place StepLog calls into a logger. Every call is guarded: a provider that throws costs the line, never the
/// user's code (the fault goes to <see cref="StepLogging.LoggingFault"/>).
/// </summary>
internal static class EntryWriter
{
    // Each kind's id and name: the line contract's (LineEvents), for every kind of line, a batch's too.
    private static readonly EventId[] EventIds = LineEventIds.Create(StepEvent.BatchInterrupted);

    // A multiplication by a constant (a static readonly double is one once the method is optimized) where the division
    // by the frequency cost its latency on every line with a duration.
    private static readonly double MillisecondsPerTick = 1000.0 / Stopwatch.Frequency;

    /// <summary>
    /// Where a generated wrapper's call goes: the level check, the side outputs (<see cref="SideOutputs.Current"/>) and
    /// whether a meter listener enabled <paramref name="duration"/> (the call's histogram, a static readonly field:
    /// <see cref="Instrument.Enabled"/> is two field reads from it, since no event tells when a listener subscribes),
    /// inlined into the wrapper so that a disabled call costs what a hand-written <c>if (logger.IsEnabled(level))</c>
    /// does, plus those reads. The generator passes the level as a constant, so that nothing is loaded for it.
    /// It may throw (a logger's IsEnabled): the wrapper calls it inside its own try, whose handler
    /// (<see cref="Disabled"/>) is cold.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static OutputFlags Outputs(ILogger logger, LogLevel level, Instrument duration) =>
        (logger.IsEnabled(level) ? OutputFlags.Log : OutputFlags.None) | Besides(duration);

    /// <summary>
    /// Where a <see cref="StepLogger"/> call goes: what <see cref="Outputs"/> answers, except that a logger whose
    /// IsEnabled throws costs only the lines (the fault is reported); spans, records and measurements go on.
    /// </summary>
    public static OutputFlags GuardedOutputs(ILogger logger, LogLevel level, Instrument duration) =>
        (IsEnabled(logger, level) ? OutputFlags.Log : OutputFlags.None) | Besides(duration);

    // Where a call goes besides its lines: the side outputs and the call's own histogram.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static OutputFlags Besides(Instrument duration) =>
        SideOutputs.Current | (duration.Enabled ? OutputFlags.Measure : OutputFlags.None);

    /// <summary>A logger's IsEnabled threw: the fault is reported and the call goes nowhere.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static OutputFlags Disabled(Exception fault)
    {
        StepLogging.ReportFault(fault);
        return OutputFlags.None;
    }

    public static bool IsEnabled(ILogger logger, LogLevel level)
    {
        try
        {
            return logger.IsEnabled(level);
        }
        catch (Exception fault)
        {
            StepLogging.ReportFault(fault);
            return false;
        }
    }

    /// <summary>
    /// Writes the line, or holds it when <paramref name="held"/> (the run's sampled lines, null when nothing is
    /// sampled) still holds its run's lines.
    /// </summary>
    public static void Write<TMetadata>(ILogger logger, LogLevel level, in StepLogEntry<TMetadata> entry, Exception? error, HeldLines? held)
        where TMetadata : struct, IStepMetadata
    {
        try
        {
            if (held is not null && held.TryHold(logger, level, EventIds[(int)entry.Kind], entry, error))
            {
                return;
            }

            logger.Log(level, EventIds[(int)entry.Kind], entry, error, StepLogEntry<TMetadata>.Formatter);
        }
        catch (Exception fault)
        {
            StepLogging.ReportFault(fault);
        }
    }

    /// <summary>
    /// A batch's line, if the logger takes <paramref name="level"/>: a provider that throws costs the line, never the
    /// batch. <paramref name="held"/> is the lines of the item's run while sampling holds them: a line that is not the
    /// item's success (a failure, a timeout, a cancellation) keeps the run, whose held lines are written first.
    /// </summary>
    public static void Write(ILogger logger, LogLevel level, BatchLine line, HeldLines? held = null)
    {
        held?.Release();
        if (!IsEnabled(logger, level))
        {
            return;
        }

        try
        {
            logger.Log(level, EventIds[(int)line.Kind], line, null, BatchLine.Formatter);
        }
        catch (Exception fault)
        {
            StepLogging.ReportFault(fault);
        }
    }

    /// <summary>
    /// A sampled batch item's run ended in success after <paramref name="elapsedTicks"/> (Stopwatch ticks): its lines
    /// are kept or dropped by the operations' rule (<see cref="HeldLines.End"/>); whether its SUCCESS line, which follows
    /// them, is to be written. True when nothing held the item's lines.
    /// </summary>
    public static bool KeepsItem(HeldLines? held, long elapsedTicks)
    {
        if (held is null)
        {
            return true;
        }

        held.End(elapsedTicks);
        return !held.WasDropped;
    }

    /// <summary>
    /// The run's last line, if its level is on: a level other than the run's own (checked when it began) is asked. A
    /// failed operation first writes the lines that sampling held for its run; the top-level operation of a sampled run
    /// decides, after its last line, what becomes of the lines it held.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void End<TEnd, TLine>(in Run run, int number, double elapsed, string? message, Exception? error, in TLine line)
        where TEnd : struct, IRunEnd
        where TLine : struct, IStepMetadata
    {
        var end = default(TEnd);
        var isOperation = run.IsOperation;
        if (end.Releases && isOperation)
        {
            run.Identity.Held?.Release();
        }

        var level = end.Level(run.Level);
        if ((run.Outputs & OutputFlags.Log) != 0 && (level == run.Level || IsEnabled(run.Logger!, level)))
        {
            var kind = isOperation ? end.OperationLine : end.StepLine;
            var text = end.LineShowsMessage && !isOperation ? message : null;
            var handed = end.LineHandsException && !isOperation ? error : null;
            Write(run.Logger!, level, new StepLogEntry<TLine>(kind, run.Operation, run.Step, number, run.Total, run.Depth, end.Timed ? elapsed : double.NaN, text, line, run.Identity), handed, run.Identity.Held);
        }

        if (isOperation && run.Identity.Held is { } held && held.IsRootOf(run.Identity.Id))
        {
            held.End(Stopwatch.GetTimestamp() - run.Start);
        }
    }

    /// <summary>A step's RETRY line at Warning, with the exception: the step goes on.</summary>
    public static void Retry<TMetadata>(in Run run, double elapsed, string message, Exception? error, int attempt, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        if ((run.Outputs & OutputFlags.Log) != 0 && IsEnabled(run.Logger!, LogLevel.Warning))
        {
            var entry = new StepLogEntry<TMetadata>(StepEvent.StepRetry, run.Operation, run.Step, run.Number, run.Total, run.Depth, elapsed, message, metadata, run.Identity, attempt);
            Write(run.Logger!, LogLevel.Warning, entry, error, run.Identity.Held);
        }
    }

    /// <summary>
    /// The failure's text for a line: the exception's message, or a marker if reading it throws (a user's exception
    /// type may compute its message), so that logging a failure never throws into the catch block that logs it.
    /// </summary>
    public static string MessageOf(Exception? error)
    {
        if (error is null)
        {
            return "(no exception given)";
        }

        try
        {
            return error.Message;
        }
        catch (Exception fault)
        {
            return "<error: " + fault.GetType().Name + ">";
        }
    }

    /// <summary>Milliseconds since a <see cref="Stopwatch.GetTimestamp"/> reading.</summary>
    public static double MillisecondsSince(long startTimestamp) =>
        (Stopwatch.GetTimestamp() - startTimestamp) * MillisecondsPerTick;
}
