using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace StepLog.Records;

/// <summary>
/// The write side of a database store: what a store package implements, and all it implements to be written to.
/// StepLog's <see cref="QueuedStepStore"/> owns the queue, the batching, the retries, the splitting of a refused batch,
/// the drop accounting and the retention schedule, and calls this from its one background writer, never concurrently.
/// When the writer also implements <see cref="IAsyncDisposable"/> or <see cref="IDisposable"/>, the store disposes it
/// after the last batch is written.
/// </summary>
public interface IStepRecordWriter
{
    /// <summary>
    /// Writes <paramref name="batch"/> in one transaction: all of it or nothing. The store retries a failure twice, then
    /// splits the batch until the records the database refuses are alone, and drops and counts only those.
    /// </summary>
    /// <param name="batch">The records, in the order they were added, already copied and repaired by the store.</param>
    /// <param name="cancellationToken">Not cancelled today; for a future shutdown deadline.</param>
    Task WriteBatchAsync(IReadOnlyList<StepRecord> batch, CancellationToken cancellationToken);

    /// <summary>Deletes the records of <paramref name="status"/> with a timestamp before <paramref name="before"/>.</summary>
    /// <param name="status">The status.</param>
    /// <param name="before">The cutoff (exclusive).</param>
    /// <param name="cancellationToken">Cancels the deletion.</param>
    /// <returns>How many records were deleted.</returns>
    Task<long> DeleteExpiredAsync(StepStatus status, DateTimeOffset before, CancellationToken cancellationToken);
}
