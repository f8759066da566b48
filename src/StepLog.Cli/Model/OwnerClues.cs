using System;
using System.Collections.Generic;
using System.Globalization;

namespace StepLog.Cli.Model;

/// <summary>
/// What, besides its name and depth, tells which open operation a line without an operation id belongs to. A batch's
/// items run operations of their own beside each other, so a Serilog session file (no depth, no id) holds the batch's
/// item lines among the steps of eight item operations; the totals and the times written tell most of them apart.
/// An operation started in another's step is nested in it (<see cref="ParentOf"/>).
/// </summary>
internal static class OwnerClues
{
    // Lines are stamped to the millisecond (rounded or cut) while durations are finer: a start and an end may each be
    // a millisecond off.
    private const double ClockSlackMs = 2.0;

    /// <summary>
    /// The <c>N</c> of the operation's <c>[n/N]</c> lines: from its steps so far, else a batch's <c>total</c> on its START
    /// (a batch's items are its steps); null when not known yet.
    /// </summary>
    public static int? ExpectedTotal(OperationRun operation) =>
        operation.TotalSteps
        ?? (operation.Start?.Value("total") is { } total && int.TryParse(total, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : null);

    /// <summary>
    /// Whether a step's end line can be the end of <paramref name="running"/>: a step cannot end before it has run for the
    /// duration its end reports. (Not "exactly its duration before": a failure's line is written after the exception
    /// is caught, milliseconds after the duration was taken.) True when a time or the duration is missing.
    /// </summary>
    public static bool CouldHaveRunFor(StepRun running, LogEvent end) =>
        running.Start?.Timestamp is not { } started || end.Timestamp is not { } ended || end.DurationMs is not { } duration
        || (ended - started).TotalMilliseconds + ClockSlackMs >= duration;

    /// <summary>
    /// Narrows <paramref name="candidates"/> (open runs that could all take <paramref name="line"/>) by what the line
    /// itself says, never to none. A step's start goes to a run whose last step was the one before it (steps run in
    /// order). A step's end cannot go to a run whose step has run for less than the duration it reports; of those that
    /// could, the one whose step started closest to that duration before comes first.
    /// </summary>
    public static void Narrow(List<OperationRun> candidates, LogEvent line)
    {
        if (line.Kind == LogEventKind.StepStart)
        {
            KeepIfAny(candidates, line, static (run, l) => (run.LastStep?.Number ?? 0) == l.StepNumber - 1);
            return;
        }

        KeepIfAny(candidates, line, static (run, l) => run.RunningStep is { } step && CouldHaveRunFor(step, l));
        if (candidates.Count > 1 && line.Timestamp is { } ended && line.DurationMs is { } duration)
        {
            var best = 0;
            for (var i = 1; i < candidates.Count; i++)
            {
                if (Slack(candidates[i], ended, duration) < Slack(candidates[best], ended, duration))
                {
                    best = i;
                }
            }

            (candidates[0], candidates[best]) = (candidates[best], candidates[0]);
        }
    }

    // How much longer the run's step has been running than the end line says it ran; unknown counts as the most.
    private static double Slack(OperationRun run, DateTimeOffset ended, double duration) =>
        run.RunningStep?.Start?.Timestamp is { } started ? (ended - started).TotalMilliseconds - duration : double.MaxValue;

    private static void KeepIfAny(List<OperationRun> candidates, LogEvent line, Func<OperationRun, LogEvent, bool> keep)
    {
        var kept = 0;
        foreach (var candidate in candidates)
        {
            if (keep(candidate, line))
            {
                kept++;
            }
        }

        if (kept > 0 && kept < candidates.Count)
        {
            candidates.RemoveAll(candidate => !keep(candidate, line));
        }
    }

    // The innermost open operation one level up that runs a step, else the innermost one level up. Where the format
    // shows no depth, only an operation that runs a step can be the caller: another open one runs beside it.
    public static OperationRun? ParentOf(List<OperationRun> open, LogEvent line)
    {
        if (line.Depth is 0)
        {
            return null;
        }

        OperationRun? withoutStep = null;
        for (var i = open.Count - 1; i >= 0; i--)
        {
            var operation = open[i];
            if (line.Depth is { } depth && operation.Depth is { } outer && outer != depth - 1)
            {
                continue;
            }

            if (operation.RunningStep is not null)
            {
                return operation;
            }

            if (line.Depth is not null)
            {
                withoutStep ??= operation;
            }
        }

        return withoutStep;
    }

    // Another operation without an id open at the same depth (where the format shows no depth: one that runs no step,
    // so it cannot be the caller) means parallel operations whose lines the text alone cannot tell apart.
    public static OperationRun? OpenBeside(List<OperationRun> open, LogEvent start)
    {
        foreach (var operation in open)
        {
            var beside = start.Depth is { } depth && operation.Depth is { } other
                ? other == depth
                : operation.RunningStep is null;
            if (operation.OperationId is null && beside)
            {
                return operation;
            }
        }

        return null;
    }
}
