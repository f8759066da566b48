using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace StepLog.Records;

/// <summary>
/// Keeps step records in PostgreSQL, where many worker processes (and machines) write one database: StepLog's
/// <see cref="QueuedStepStore"/> (queue, batches, retries, drop accounting, retention) over the PostgreSQL writer and
/// queries. Each batch is copied in with one binary COPY, which is atomic. The tables are created in the first schema
/// of the connection's search path (<c>Search Path=...</c> chooses another).
/// </summary>
public sealed class PostgresStepStore : IStepStore, IDisposable
{
    /// <summary>Connects, creates or upgrades the tables, and starts the writer.</summary>
    /// <param name="connectionString">An Npgsql connection string, for example <c>Host=db;Database=app;Username=app;Password=...</c>.</param>
    /// <param name="options">Queue, batch, flush and retention settings; null for the defaults.</param>
    public PostgresStepStore(string connectionString, StepStoreOptions? options = null)
    {
        if (connectionString is null)
        {
            throw new ArgumentNullException(nameof(connectionString));
        }

        // Before connecting, for settings that cannot work.
        (options ?? new StepStoreOptions()).Validate();
        var writer = new PostgresRecordWriter(connectionString);
        try
        {
            Queue = new QueuedStepStore(writer, new PostgresRecordQueries(writer.DataSource), options, nameof(PostgresStepStore));
        }
        catch
        {
            // The data source created for nothing must not keep its connections.
            writer.DataSource.Dispose();
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
