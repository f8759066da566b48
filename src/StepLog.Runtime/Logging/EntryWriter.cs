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
    // Each kind's id and name: the line contract's (LineEvents); a batch's own kinds are BatchLine's.
    private static readonly EventId[] EventIds = LineEventIds.Create(StepEvent.StepRetry);

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
