using System.Collections.Generic;
using StepLog.Cli.Input;
using StepLog.Cli.Model;

namespace StepLog.Cli.Report;

/// <summary>What <c>steplog report</c> found; every writer (text, table, JSON, CSV) prints this and only this.</summary>
internal sealed record ReportResult(
    OperationCounts Operations,
    IReadOnlyList<FailedItem> Failed,
    IReadOnlyList<IncompleteItem> Incomplete,
    IReadOnlyList<SlowStep> SlowSteps,
    double SlowThresholdMs,
    IReadOnlyList<CorrelationIssue> Issues,
    long IssueCount,
    IReadOnlyList<FileIssues> IssueFiles,
    ReadStatistics Statistics);

internal sealed record OperationCounts(long Total, long Succeeded, long Failed, long Incomplete);

/// <summary>A failed step, or an operation that reports its failure on COMPLETE without a failed step (<see cref="Step"/> null).</summary>
internal sealed record FailedItem(string Operation, string? OperationId, string? Step, int? StepNumber, int? TotalSteps, string? Error, string File, long Line);

/// <summary>
/// An operation without COMPLETE: INCOMPLETE written, a batch's INTERRUPTED, or its file ended first (<see cref="Reason"/>).
/// A batch also says how far it got: the items done and its total from its INTERRUPTED line, else its last PROGRESS (<see cref="Processed"/>).
/// </summary>
internal sealed record IncompleteItem(string Operation, string? OperationId, string? LastStep, int? LastStepNumber, int? TotalSteps, IncompleteReason Reason, string File, long Line)
{
    public long? Processed { get; init; }

    public long? Total { get; init; }

    /// <summary>Whether <see cref="Processed"/> is the count of the batch's INTERRUPTED line, not of its last PROGRESS.</summary>
    public bool CountedWhenStopped { get; init; }
}

/// <summary>A step (by operation and step name) of which at least one run took the slow threshold or longer.</summary>
internal sealed record SlowStep(string Operation, string Step, long Count, double P50Ms, double P95Ms, double MaxMs, bool Estimated);
