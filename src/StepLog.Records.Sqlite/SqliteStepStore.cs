using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace StepLog.Records;

/// <summary>
/// Keeps step records in a SQLite file: StepLog's <see cref="QueuedStepStore"/> (queue, batches, retries, drop
/// accounting, retention) over the SQLite writer and queries. The writer is one connection that inserts each batch in
/// one transaction; queries use connections of their own, so they never wait for the writer (WAL mode). Several
/// processes may share one file: a writer that finds the file busy waits up to the connection string's
/// <c>Default Timeout</c> (30 seconds unless set). A process killed outright loses at most the records of the last
/// flush interval, and the file opens clean afterwards.
/// </summary>
public sealed class SqliteStepStore : IStepStore, IDisposable
{
    /// <summary>Opens (and creates or upgrades) the database, and starts the writer.</summary>
    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string, for example <c>Data Source=steps.db</c>.</param>
    /// <param name="options">Queue, batch, flush and retention settings; null for the defaults.</param>
    public SqliteStepStore(string connectionString, StepStoreOptions? options = null)
    {
        // Before the database is opened (and a file created) for settings that cannot work.
        (options ?? new StepStoreOptions()).Validate();
        connectionString = SqliteConnections.Validate(connectionString);
        var writer = new SqliteRecordWriter(connectionString);
        try
        {
            Queue = new QueuedStepStore(writer, new SqliteRecordQueries(connectionString), options, nameof(SqliteStepStore));
        }
        catch
        {
            // The connection opened for nothing must not keep the file open.
            writer.Dispose();
            throw;
        }
    }

    /// <inheritdoc cref="QueuedStepStore.DroppedRecords"/>
    public long DroppedRecords => Queue.DroppedRecords;

    /// <inheritdoc cref="QueuedStepStore.QueuedRecords"/>
    public int QueuedRecords => Queue.QueuedRecords;

    /// <summary>The store that queues and writes this one's records.</summary>
    internal QueuedStepStore Queue { get; }

    /// <inheritdoc/>
    public ValueTask AddAsync(StepRecord record, CancellationToken cancellationToken = default) => Queue.AddAsync(record, cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<StepRecord>> GetStepsAsync(
        string subjectId,
        StepStatus? status = null,
        DateTimeOffset? since = null,
        DateTimeOffset? until = null,
        CancellationToken cancellationToken = default) =>
        Queue.GetStepsAsync(subjectId, status, since, until, cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<StepRecord>> GetRecentErrorsAsync(DateTimeOffset since, bool includeWarnings = false, CancellationToken cancellationToken = default) =>
        Queue.GetRecentErrorsAsync(since, includeWarnings, cancellationToken);

    /// <inheritdoc/>
    public ValueTask FlushAsync(CancellationToken cancellationToken = default) => Queue.FlushAsync(cancellationToken);

    /// <inheritdoc cref="QueuedStepStore.ApplyRetentionAsync"/>
    public Task<long> ApplyRetentionAsync(CancellationToken cancellationToken = default) => Queue.ApplyRetentionAsync(cancellationToken);

    /// <inheritdoc cref="QueuedStepStore.DisposeAsync"/>
    public ValueTask DisposeAsync() => Queue.DisposeAsync();

    /// <inheritdoc cref="QueuedStepStore.Dispose"/>
    public void Dispose() => Queue.Dispose();
}
