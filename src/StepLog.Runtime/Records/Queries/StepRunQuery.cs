using System;

namespace StepLog.Records;

/// <summary>
/// Which runs <see cref="IStepRecordQueries.GetRunsAsync"/> returns: every filter that is set must match; newest first.
/// A page holds at most <see cref="Limit"/> runs; <see cref="StepRunPage.NextCursor"/> given back as <see cref="After"/>
/// reads the next page (keyset paging: a page costs the same at the end of years of records as at the start).
/// </summary>
public sealed record StepRunQuery
{
    /// <summary>The most runs a page may hold.</summary>
    public const int MaxLimit = 500;

    /// <summary>Only runs of this operation (compared exactly).</summary>
    public string? Operation { get; init; }

    /// <summary>Only runs that stand at this status: Running, Success, Warning, Failed (or Skipped, for a run recorded as skipped).</summary>
    public StepStatus? Status { get; init; }

    /// <summary>Only runs of this subject (compared exactly).</summary>
    public string? SubjectId { get; init; }

    /// <summary>Only runs of this kind.</summary>
    public StepRunKind? Kind { get; init; }

    /// <summary>Only runs started at or after this time.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Only runs started before this time.</summary>
    public DateTimeOffset? Until { get; init; }

    /// <summary>The most runs on one page, from 1 to <see cref="MaxLimit"/> (default 50).</summary>
    public int Limit { get; init; } = 50;

    /// <summary>Where the page starts: the <see cref="StepRunPage.NextCursor"/> of the page before; null for the first page.</summary>
    public string? After { get; init; }
}
