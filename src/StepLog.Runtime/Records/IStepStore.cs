using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace StepLog.Records;

/// <summary>
/// Keeps step records and answers questions about them: the history of one subject, and the recent errors across all.
/// Implementations: <see cref="InMemoryStepStore"/> here, <c>SqliteStepStore</c> (package StepLog.Records.Sqlite) and
/// <c>PostgresStepStore</c> (package StepLog.Records.PostgreSql).
/// </summary>
public interface IStepStore : IAsyncDisposable
{
    /// <summary>
    /// Adds a record. The database stores queue it and return at once; it becomes visible to queries after the next
    /// write (at most the flush interval later) or after <see cref="FlushAsync"/>. The store keeps a value: its
    /// details are copied when it is added (each value rendered once, as <c>&lt;error: T&gt;</c> when its text
    /// throws), and a NUL or a lone surrogate in its text becomes U+FFFD, the same in every store.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <param name="cancellationToken">Cancels a wait for room in the queue, when the store is set to wait.</param>
    /// <exception cref="ArgumentException">The record's status is not a <see cref="StepStatus"/>, or its subject or step name is null.</exception>
    ValueTask AddAsync(StepRecord record, CancellationToken cancellationToken = default);

    /// <summary>The records of one subject, oldest first (equal timestamps by <see cref="StepRecord.Sequence"/>, then in the order added).</summary>
    /// <param name="subjectId">The subject, compared exactly.</param>
    /// <param name="status">Only records with this status, when given.</param>
    /// <param name="since">Only records at or after this time (inclusive), when given.</param>
    /// <param name="until">Only records before this time (exclusive), when given.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<IReadOnlyList<StepRecord>> GetStepsAsync(
        string subjectId,
        StepStatus? status = null,
        DateTimeOffset? since = null,
        DateTimeOffset? until = null,
        CancellationToken cancellationToken = default);

    /// <summary>Error and Failed records (and Warning ones when asked) of every subject at or after <paramref name="since"/>, newest first.</summary>
    /// <param name="since">The earliest time (inclusive).</param>
    /// <param name="includeWarnings">Also return Warning records.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<IReadOnlyList<StepRecord>> GetRecentErrorsAsync(DateTimeOffset since, bool includeWarnings = false, CancellationToken cancellationToken = default);

    /// <summary>Returns when every record added before the call is durable and visible to queries.</summary>
    /// <param name="cancellationToken">Stops waiting (the records are still written).</param>
    ValueTask FlushAsync(CancellationToken cancellationToken = default);
}
