using System;
using StepLog.Shared;

namespace StepLog.Cli.Watching;

/// <summary>
/// One batch's progress as its progress file shows it: the JSON object that <c>StepBatch</c> rewrites while it runs
/// (<c>operation</c>, <c>operation_id</c>, <c>status</c>, <c>processed</c>, <c>total</c>, <c>percentage</c>, <c>rate_per_second</c>,
/// <c>elapsed_seconds</c>, <c>eta_seconds</c>, <c>current_item</c>, <c>timestamp</c>, <c>succeeded</c>, <c>failed</c>,
/// <c>resumed</c>, <c>pid</c>).
/// </summary>
internal sealed record BatchProgress(
    string Operation,
    string Status,
    long Processed,
    long Total,
    double Percentage,
    double RatePerSecond,
    double ElapsedSeconds,
    double? EtaSeconds,
    string? CurrentItem,
    DateTimeOffset? Timestamp,
    long Succeeded,
    long Failed,
    long Resumed,
    int? ProcessId)
{
    /// <summary>
    /// The run's id (<c>operation_id</c>), the one its lines carry (<c>operation_id</c> in JSON, the <c>[op …]</c>
    /// prefix in text), so that a watched batch can be found in the logs; null from a file without one.
    /// </summary>
    public string? OperationId { get; init; }

    /// <summary>The status while the batch runs; every other one (completed, failed, interrupted) is an end.</summary>
    public const string Running = ProgressFileStatus.Running;

    /// <summary>The status of a batch that ran every item (some may have failed).</summary>
    public const string Completed = ProgressFileStatus.Completed;

    public bool HasEnded => Status != Running;

    /// <summary>Whether the batch ended other than by completing: failed, interrupted, or its process gone.</summary>
    public bool EndedBadly => HasEnded && Status != Completed;
}
