using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace StepLog.Records;

/// <summary>
/// The query side of a store: the questions the <c>steplog</c> tool, the health check and the dashboard ask. Called from any
/// thread, concurrently with the writer and with each other. <see cref="QueuedStepStore"/> answers its
/// <see cref="IStepStore"/> queries with it.
/// </summary>
public interface IStepRecordQueries
{
    /// <inheritdoc cref="IStepStore.GetStepsAsync"/>
    Task<IReadOnlyList<StepRecord>> GetStepsAsync(
        string subjectId,
        StepStatus? status = null,
        DateTimeOffset? since = null,
        DateTimeOffset? until = null,
        CancellationToken cancellationToken = default);

    /// <inheritdoc cref="IStepStore.GetRecentErrorsAsync"/>
    Task<IReadOnlyList<StepRecord>> GetRecentErrorsAsync(DateTimeOffset since, bool includeWarnings = false, CancellationToken cancellationToken = default);

    /// <summary>Runs (operations and batches) that match the query, newest first, one page at a time.</summary>
    /// <param name="query">The filters, the page size and where the page starts.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <exception cref="ArgumentException">The query's limit is out of range, or its cursor was not made by this store.</exception>
    Task<StepRunPage> GetRunsAsync(StepRunQuery query, CancellationToken cancellationToken = default);

    /// <summary>One run whole: its summary, its records and the runs nested in it; null when no run has this id (a run is known by its own records, step 0).</summary>
    /// <param name="operationId">The run's id, compared exactly.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<StepRunDetail?> GetRunAsync(string operationId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Per operation and per step, counts and p50/p95 durations of what ended in the window, and runs per bucket of
    /// <paramref name="bucket"/>; answered from what the store aggregates as records arrive, never by reading them all.
    /// The window is widened to the grain the stores count at (since down, until up): whole minutes for a window of up
    /// to two hours, whole hours up to two days, whole UTC days beyond; <see cref="StepOverview.Since"/> and
    /// <see cref="StepOverview.Until"/> say the window counted. The timeline's buckets start at its start. Records
    /// without an operation count in no line.
    /// </summary>
    /// <param name="since">The window's start (inclusive).</param>
    /// <param name="until">The window's end (exclusive).</param>
    /// <param name="bucket">The width of a timeline bucket: a whole number of minutes, at most 400 buckets in the window.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <exception cref="ArgumentException">The window is empty, or the bucket is not a whole number of minutes or makes more than 400 buckets.</exception>
    Task<StepOverview> GetOverviewAsync(DateTimeOffset since, DateTimeOffset until, TimeSpan bucket, CancellationToken cancellationToken = default);

    /// <summary>Error and Failed records (and Warning ones when asked) since a time, grouped by operation, step, status and message, most recent group first.</summary>
    /// <param name="since">The earliest time (inclusive).</param>
    /// <param name="includeWarnings">Also group Warning records.</param>
    /// <param name="limit">The most groups returned, from 1 to 1,000.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<IReadOnlyList<StepErrorGroup>> GetErrorGroupsAsync(
        DateTimeOffset since, bool includeWarnings = false, int limit = 100, CancellationToken cancellationToken = default);
}
