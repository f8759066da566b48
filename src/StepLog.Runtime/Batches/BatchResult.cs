using System;
using System.Collections.Generic;

namespace StepLog;

/// <summary>What a batch did: its counts, whether it was interrupted, and the items that failed.</summary>
public sealed class BatchResult
{
    internal BatchResult(int total, int succeeded, int failed, int timedOut, int resumed, bool interrupted, TimeSpan elapsed, IReadOnlyList<BatchItemError> errors, IReadOnlyList<string> abandoned)
    {
        Total = total;
        Succeeded = succeeded;
        Failed = failed;
        TimedOut = timedOut;
        Resumed = resumed;
        Interrupted = interrupted;
        Elapsed = elapsed;
        Errors = errors;
        Abandoned = abandoned;
    }

    /// <summary>The number of items given.</summary>
    public int Total { get; }

    /// <summary>The items this run took to their end: <see cref="Succeeded"/> + <see cref="Failed"/>.</summary>
    public int Processed => Succeeded + Failed;

    /// <summary>The items whose work returned.</summary>
    public int Succeeded { get; }

    /// <summary>The items whose work threw or timed out.</summary>
    public int Failed { get; }

    /// <summary>The items that timed out (also counted in <see cref="Failed"/>).</summary>
    public int TimedOut { get; }

    /// <summary>The items skipped because the checkpoint had them.</summary>
    public int Resumed { get; }

    /// <summary>Whether the batch stopped (signal, cancellation, batch timeout) before every item was taken to its end.</summary>
    public bool Interrupted { get; }

    /// <summary>How long the batch ran.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>The failed items, in the order they ended.</summary>
    public IReadOnlyList<BatchItemError> Errors { get; }

    /// <summary>
    /// The ids of the items still running when the batch stopped waiting for them (their work ignored its token past
    /// the grace period), by position: neither succeeded nor failed, not in the checkpoint, and run again by a rerun.
    /// Their work may still be running in this process; its end changes nothing the batch reported.
    /// </summary>
    public IReadOnlyList<string> Abandoned { get; }
}
