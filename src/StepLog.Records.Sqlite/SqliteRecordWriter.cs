using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;

namespace StepLog.Records;

/// <summary>
/// The SQLite store's writer: one connection that inserts each batch in one transaction with a prepared statement, and
/// deletes expired records in slices from a connection of its own.
/// </summary>
internal sealed class SqliteRecordWriter : IStepRecordWriter, IDisposable
{
    // A run's records where RunRecordWindow finds them: through the index by subject and time.
    private static readonly string RunRecordsOfRun =
        FormattableString.Invariant($"s.subject_id = r.subject_id AND s.timestamp_ticks >= r.started_ticks - {RunRecordWindow.MarginTicks} ") +
        FormattableString.Invariant($"AND s.timestamp_ticks < CASE WHEN r.status = 'Running' THEN {long.MaxValue} ELSE r.updated_ticks + {RunRecordWindow.MarginTicks} END ") +
        "AND s.operation_id = r.operation_id";

    private readonly string _connectionString;
    private readonly SqliteConnection _writeConnection;
    private readonly SqliteRecordInsert _insert;
    private readonly SqliteRollupWriter _rollups;

    /// <summary>Opens (and creates or upgrades) the database.</summary>
    public SqliteRecordWriter(string connectionString)
    {
        _connectionString = connectionString;
        _writeConnection = SqliteConnections.Open(connectionString);
        try
        {
            SqliteSchema.Migrate(_writeConnection);
            using (var tuning = _writeConnection.CreateCommand())
            {
                // In WAL mode, NORMAL loses no committed transaction when the process dies (only, at worst, on power loss).
                // The writer's page cache and how often it checkpoints decide the ingest rate once the table has grown:
                // with SQLite's defaults (2 MB, a checkpoint every 1,000 pages) the index pages were read back from the
                // file and written out again over and over, and 600,000 records in, ingest fell to ~57,000 records/s;
                // with up to 32 MB of cache (taken as pages are used) and a checkpoint every 10,000 pages (~40 MB of WAL),
                // ~100,000. The WAL file is cut back to 64 MB after a checkpoint, so that it does not keep its peak size.
                tuning.CommandText =
                    "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768; PRAGMA wal_autocheckpoint = 10000; PRAGMA journal_size_limit = 67108864;";
                tuning.ExecuteNonQuery();
            }

            _insert = new SqliteRecordInsert(_writeConnection);
            _rollups = new SqliteRollupWriter(_writeConnection);
        }
        catch
        {
            _writeConnection.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    public Task WriteBatchAsync(IReadOnlyList<StepRecord> batch, CancellationToken cancellationToken)
    {
        using var transaction = _writeConnection.BeginTransaction(deferred: false);
        foreach (var record in batch)
        {
            _insert.Insert(record);
        }

        // In the batch's transaction: the runs and rollups never count a record that is not there, nor miss one that is.
        _rollups.Transaction = transaction;
        _rollups.Write(new RunRollup(batch));
        transaction.Commit();
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<long> DeleteExpiredAsync(StepStatus status, DateTimeOffset before, CancellationToken cancellationToken)
    {
        using var connection = SqliteConnections.Open(_connectionString);
        using var delete = connection.CreateCommand();

        // In slices, so that the write lock is never held for long and other processes keep writing.
        delete.CommandText =
            $"DELETE FROM {RecordColumns.Table} WHERE id IN " +
            $"(SELECT id FROM {RecordColumns.Table} WHERE status = $status AND timestamp_ticks < $before LIMIT 5000);";
        delete.Parameters.AddWithValue("$status", RecordColumns.StatusText(status));
        delete.Parameters.AddWithValue("$before", before.UtcTicks);
        long deleted = 0;
        int slice;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            slice = delete.ExecuteNonQuery();
            deleted += slice;
        }
        while (slice > 0);

        DeleteRunsWithoutRecords(connection, before, cancellationToken);
        if (status == StepStatus.Failed)
        {
            DeleteMinuteRollups(connection, before);
        }

        return Task.FromResult(deleted);
    }

    // A run's row goes when the last of its records has: a run not updated since the cutoff, with no record left.
    private static void DeleteRunsWithoutRecords(SqliteConnection connection, DateTimeOffset before, CancellationToken cancellationToken)
    {
        using var delete = connection.CreateCommand();
        delete.CommandText =
            $"DELETE FROM {RunColumns.Table} WHERE operation_id IN (SELECT r.operation_id FROM {RunColumns.Table} r " +
            "WHERE r.started_ticks < $before AND r.updated_ticks < $before AND NOT EXISTS " +
            $"(SELECT 1 FROM {RecordColumns.Table} s WHERE {RunRecordsOfRun}) LIMIT 5000);";
        delete.Parameters.AddWithValue("$before", before.UtcTicks);
        while (delete.ExecuteNonQuery() > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    // The minute-grained rollups go with the Failed records (kept longest by default: what an overview is about); the
    // hour-grained ones, one row per operation, step and duration bucket an hour, stay for the long view.
    private static void DeleteMinuteRollups(SqliteConnection connection, DateTimeOffset before)
    {
        using var delete = connection.CreateCommand();
        delete.CommandText =
            $"DELETE FROM {RunColumns.RollupTable} WHERE grain = {RunRollup.MinuteGrain} AND bucket_ticks < $before; " +
            $"DELETE FROM {RunColumns.MinutesTable} WHERE minute_ticks < $before;";
        delete.Parameters.AddWithValue("$before", RunRecords.MinuteOf(before.UtcTicks));
        delete.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _rollups.Dispose();
        _insert.Dispose();
        _writeConnection.Dispose();

        // Pooled connections would keep the file open after the store is gone.
        SqliteConnection.ClearPool(_writeConnection);
    }
}
