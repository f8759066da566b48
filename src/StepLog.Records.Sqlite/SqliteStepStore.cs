using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;

namespace StepLog.Records;

/// <summary>
/// Keeps step records in a SQLite file. Writes go through the queue of <see cref="BatchingStepStore"/> to one
/// connection that inserts each batch in one transaction; queries use connections of their own, so they never wait for
/// the writer (WAL mode). Several processes may share one file: a writer that finds the file busy waits up to the
/// connection string's <c>Default Timeout</c> (30 seconds unless set). A process killed outright loses at most the
/// records of the last flush interval, and the file opens clean afterwards.
/// </summary>
public sealed class SqliteStepStore : BatchingStepStore
{
    private readonly string _connectionString;
    private readonly SqliteConnection _writeConnection;
    private readonly SqliteRecordInsert _insert;

    /// <summary>Opens (and creates or upgrades) the database, and starts the writer.</summary>
    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string, for example <c>Data Source=steps.db</c>.</param>
    /// <param name="options">Queue, batch, flush and retention settings; null for the defaults.</param>
    public SqliteStepStore(string connectionString, StepStoreOptions? options = null)
        : base(options)
    {
        _connectionString = Validate(connectionString);
        _writeConnection = Open();
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
        }
        catch
        {
            _writeConnection.Dispose();
            throw;
        }

        StartWriter();
    }

    /// <inheritdoc/>
    public override Task<IReadOnlyList<StepRecord>> GetStepsAsync(
        string subjectId,
        StepStatus? status = null,
        DateTimeOffset? since = null,
        DateTimeOffset? until = null,
        CancellationToken cancellationToken = default)
    {
        if (subjectId is null)
        {
            throw new ArgumentNullException(nameof(subjectId));
        }

        // Stored repaired (RecordText): the subject as the caller recorded it finds it.
        subjectId = RecordText.Repair(subjectId)!;

        using var connection = Open();
        using var query = connection.CreateCommand();
        var sql = new StringBuilder($"SELECT {RecordColumns.Select} FROM {RecordColumns.Table} WHERE subject_id = $subject");
        query.Parameters.AddWithValue("$subject", subjectId);
        if (status is { } wanted)
        {
            sql.Append(" AND status = $status");
            query.Parameters.AddWithValue("$status", RecordColumns.StatusText(wanted));
        }

        if (since is { } from)
        {
            sql.Append(" AND timestamp_ticks >= $since");
            query.Parameters.AddWithValue("$since", from.UtcTicks);
        }

        if (until is { } to)
        {
            sql.Append(" AND timestamp_ticks < $until");
            query.Parameters.AddWithValue("$until", to.UtcTicks);
        }

        sql.Append(" ORDER BY ").Append(RecordColumns.OldestFirst).Append(';');
        query.CommandText = sql.ToString();
        return Task.FromResult<IReadOnlyList<StepRecord>>(ReadAll(query, cancellationToken));
    }

    /// <inheritdoc/>
    public override Task<IReadOnlyList<StepRecord>> GetRecentErrorsAsync(DateTimeOffset since, bool includeWarnings = false, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        using var query = connection.CreateCommand();
        query.CommandText =
            $"SELECT {RecordColumns.Select} FROM {RecordColumns.Table} " +
            "WHERE status IN ($error, $failed, $warning) AND timestamp_ticks >= $since " +
            $"ORDER BY {RecordColumns.NewestFirst};";
        query.Parameters.AddWithValue("$error", RecordColumns.StatusText(StepStatus.Error));
        query.Parameters.AddWithValue("$failed", RecordColumns.StatusText(StepStatus.Failed));

        // Without warnings the third slot repeats Failed, so that the statement (and its plan) stays the same.
        query.Parameters.AddWithValue("$warning", RecordColumns.StatusText(includeWarnings ? StepStatus.Warning : StepStatus.Failed));
        query.Parameters.AddWithValue("$since", since.UtcTicks);
        return Task.FromResult<IReadOnlyList<StepRecord>>(ReadAll(query, cancellationToken));
    }

    /// <inheritdoc/>
    protected override Task WriteBatchAsync(IReadOnlyList<StepRecord> batch, CancellationToken cancellationToken)
    {
        using var transaction = _writeConnection.BeginTransaction(deferred: false);
        foreach (var record in batch)
        {
            _insert.Insert(record);
        }

        transaction.Commit();
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    protected override Task<long> DeleteExpiredAsync(StepStatus status, DateTimeOffset before, CancellationToken cancellationToken)
    {
        using var connection = Open();
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

        return Task.FromResult(deleted);
    }

    /// <inheritdoc/>
    protected override async ValueTask DisposeCoreAsync()
    {
        _insert.Dispose();
        _writeConnection.Dispose();

        // Pooled connections would keep the file open after the store is gone.
        SqliteConnection.ClearPool(_writeConnection);
        await base.DisposeCoreAsync().ConfigureAwait(false);
    }

    private static string Validate(string connectionString)
    {
        if (connectionString is null)
        {
            throw new ArgumentNullException(nameof(connectionString));
        }

        var builder = new SqliteConnectionStringBuilder(connectionString);
        var shared = builder.Mode == SqliteOpenMode.Memory && builder.Cache == SqliteCacheMode.Shared;
        if ((builder.DataSource.Length == 0 || builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory) && !shared)
        {
            throw new ArgumentException(
                $"SqliteStepStore needs a database that its writer and its queries both reach, and '{connectionString}' gives each connection a private one. " +
                "Use a file (Data Source=steps.db), a shared in-memory database (Data Source=name;Mode=Memory;Cache=Shared), or InMemoryStepStore.",
                nameof(connectionString));
        }

        return builder.ToString();
    }

    private static List<StepRecord> ReadAll(SqliteCommand query, CancellationToken cancellationToken)
    {
        var records = new List<StepRecord>();
        using var rows = query.ExecuteReader();
        while (rows.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            records.Add(RecordColumns.Read(rows));
        }

        return records;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            using var busy = connection.CreateCommand();

            // Another process writing the file: wait for it as long as the connection string allows, rather than fail.
            busy.CommandText = $"PRAGMA busy_timeout = {connection.DefaultTimeout * 1000};";
            busy.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
