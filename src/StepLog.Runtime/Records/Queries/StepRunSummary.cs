using System;
using System.Collections.Generic;

namespace StepLog.Records;

/// <summary>
/// One run (an operation or a batch) as its own records (step 0) describe it: what it is, where it stands, how long it
/// took. Kept up to date by the store as the run's records arrive, so that listing runs never reads their steps.
/// </summary>
public sealed record StepRunSummary
{
    /// <summary>The run's id, shared by its records, its log lines and its trace.</summary>
    public required string OperationId { get; init; }

    /// <summary>The operation's (or batch's) name.</summary>
    public required string Operation { get; init; }

    /// <summary>The run's subject, when it has one.</summary>
    public string? SubjectId { get; init; }

    /// <summary>The id of the run this one ran inside, for a nested operation or a batch's item; null for a top-level run.</summary>
    public string? ParentOperationId { get; init; }

    /// <summary>An operation or a batch.</summary>
    public StepRunKind Kind { get; init; }

    /// <summary>Running until the run ends (a recoverable Error of its own leaves it Running); then Success, Warning or Failed (Skipped, when its own record says so).</summary>
    public StepStatus Status { get; init; }

    /// <summary>When the run started.</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>When the latest of the run's own records was written (its end, once it has ended).</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>How long the run took, once it has ended.</summary>
    public double? DurationMs { get; init; }

    /// <summary>How many steps the run has, when known (a batch: how many items).</summary>
    public int TotalSteps { get; init; }

    /// <summary>What went wrong, when the run failed or warned.</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>The details of the run's latest own record (a batch's progress: processed, succeeded, failed, rate, ETA).</summary>
    public IReadOnlyDictionary<string, object?> Details { get; init; } = new Dictionary<string, object?>(0);
}
