using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;

namespace StepLog;

/// <summary>
/// The line output: each outcome of a run as a <see cref="StepLogEntry{TMetadata}"/> handed to the run's logger, and
/// sampling, which lives here alone: a sampled run's lines are held (<see cref="HeldLines"/>) until its top-level
/// operation's last line decides what becomes of them. Called by <see cref="RunLifecycle"/> inside its guard.
/// </summary>
internal static class LineOutput
{
    /// <summary>The sampling in force now; null when every line is written as it comes.</summary>
    public static SamplingSettings? Sampling => SamplingSettings.Current;

    /// <summary>
    /// The lines an operation that begins now writes to: its enclosing run's, or its own when sampling was on as it
    /// began (<paramref name="enclosing"/> says both); null when nothing is sampled or the run writes no line.
    /// </summary>
    public static HeldLines? HeldFor(in EnclosingRun enclosing, StepLog.Generated.StepOutputs outputs, OperationId id) =>
        HeldLines.ForRun(enclosing.Sampling, enclosing.Held, (outputs & StepLog.Generated.StepOutputs.Log) != 0, id);

    /// <summary>Whether an outcome makes a line: the run logs, and a line at another level than the run's is enabled.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Wants(in RunState run, in RunOutcome outcome) =>
        run.Logs && (!outcome.AsksLevel || EntryWriter.IsEnabled(run.Logger!, outcome.Level));

    /// <summary>The line of <paramref name="outcome"/>: made where the run's method is inlined, so that its kind is a constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static StepLogEntry<TLine> Entry<TLine>(in RunState run, in RunOutcome outcome, in TLine line)
        where TLine : struct, IStepMetadata =>
        new(outcome.Kind, run.Operation, run.Step, run.IsStep ? run.Number : outcome.LastStep, run.Total, run.Depth,
            outcome.ShownElapsed, TextOf(outcome), line, run.Identity, outcome.Attempt);

    /// <summary>The exception the line carries: a failure's and a retry's (a cancellation's line says it was cancelled, no more).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Exception? ErrorOf(in RunOutcome outcome) =>
        outcome.Kind is StepEvent.StepFailure or StepEvent.StepRetry ? outcome.Error : null;

    /// <summary>
    /// Writes the line, or holds it when <paramref name="held"/> (the run's sampled lines, null when nothing is sampled)
    /// still holds its run's lines. Inlined into <see cref="RunLifecycle"/>'s guard: a step's line costs the one call
    /// to the logger, as a hand-written one does.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Write<TLine>(ILogger logger, LogLevel level, in StepLogEntry<TLine> entry, Exception? error, HeldLines? held)
        where TLine : struct, IStepMetadata
    {
        var eventId = EntryWriter.EventIdOf(entry.Kind);
        if (held is null || !held.TryHold(logger, level, eventId, entry, error))
        {
            logger.Log(level, eventId, entry, error, StepLogEntry<TLine>.Formatter);
        }
    }

    /// <summary>A sampled operation's line, and what sampling decides around it. Called inside <see cref="RunLifecycle"/>'s guard.</summary>
    public static void WriteOperationLine<TLine>(in RunState run, in RunOutcome outcome, in TLine line)
        where TLine : struct, IStepMetadata
    {
        var held = run.Identity.Held;

        // A failed or unfinished operation is never sampled away: its lines are written before its last one.
        if (held is not null && EndsBadly(outcome))
        {
            held.Release();
        }

        try
        {
            if (Wants(run, outcome))
            {
                Write(run.Logger!, outcome.Level, Entry(run, outcome, line), ErrorOf(outcome), held);
            }
        }
        finally
        {
            // The top-level operation of a sampled run decides, after its last line (written or not: a provider that
            // threw must not leave the run's lines held for ever), what becomes of the lines it held.
            if (held is not null && !outcome.IsBegin && held.IsRootOf(run.Identity.Id))
            {
                held.End(Stopwatch.GetTimestamp() - run.Start);
            }
        }
    }

    private static bool EndsBadly(in RunOutcome outcome) =>
        outcome.Kind == StepEvent.OperationIncomplete
        || (outcome.Kind == StepEvent.OperationComplete && outcome.Status != Records.StepStatus.Success);

    // The text the line shows after its name: an operation's values are in its metadata, a cancellation says nothing more.
    private static string? TextOf(in RunOutcome outcome) =>
        outcome.Kind is StepEvent.StepCancelled or StepEvent.OperationComplete or StepEvent.OperationIncomplete ? null : outcome.Message;
}
