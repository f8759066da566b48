using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;
using NpgsqlTypes;

namespace StepLog.Records;

/// <summary>
/// Keeps step records in PostgreSQL, where many worker processes (and machines) write one database. Writes go through
/// the queue of <see cref="BatchingStepStore"/>; each batch is copied in with one binary COPY, which is atomic. The
/// tables are created in the first schema of the connection's search path (<c>Search Path=...</c> chooses another).
/// </summary>
public sealed class PostgresStepStore : BatchingStepStore
{
    private const string Copy = $"COPY {RecordColumns.Table} ({RecordColumns.Written}) FROM STDIN (FORMAT BINARY)";

    private readonly NpgsqlDataSource _dataSource;

    /// <summary>Connects, creates or upgrades the tables, and starts the writer.</summary>
    /// <param name="connectionString">An Npgsql connection string, for example <c>Host=db;Database=app;Username=app;Password=...</c>.</param>
    /// <param name="options">Queue, batch, flush and retention settings; null for the defaults.</param>
    public PostgresStepStore(string connectionString, StepStoreOptions? options = null)
        : base(options)
    {
        if (connectionString is null)
        {
            throw new ArgumentNullException(nameof(connectionString));
        }

        _dataSource = NpgsqlDataSource.Create(connectionString);
        try
        {
            PostgresSchema.Migrate(_dataSource);
        }
        catch
        {
            _dataSource.Dispose();
            throw;
        }

        StartWriter();
    }

    /// <inheritdoc/>
    public override async Task<IReadOnlyList<StepRecord>> GetStepsAsync(
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

        using var query = _dataSource.CreateCommand();
        var sql = new StringBuilder($"SELECT {RecordColumns.Select} FROM {RecordColumns.Table} WHERE subject_id = @subject");
        query.Parameters.AddWithValue("subject", NpgsqlDbType.Text, subjectId);
        if (status is { } wanted)
        {
            sql.Append(" AND status = @status");
            query.Parameters.AddWithValue("status", NpgsqlDbType.Text, RecordColumns.StatusText(wanted));
        }

        if (since is { } from)
        {
            sql.Append(" AND timestamp_ticks >= @since");
            query.Parameters.AddWithValue("since", NpgsqlDbType.Bigint, from.UtcTicks);
        }

        if (until is { } to)
        {
            sql.Append(" AND timestamp_ticks < @until");
            query.Parameters.AddWithValue("until", NpgsqlDbType.Bigint, to.UtcTicks);
        }

        query.CommandText = sql.Append(" ORDER BY ").Append(RecordColumns.OldestFirst).ToString();
        return await ReadAllAsync(query, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public override async Task<IReadOnlyList<StepRecord>> GetRecentErrorsAsync(DateTimeOffset since, bool includeWarnings = false, CancellationToken cancellationToken = default)
    {
        using var query = _dataSource.CreateCommand(
            $"SELECT {RecordColumns.Select} FROM {RecordColumns.Table} " +
            $"WHERE status = ANY(@statuses) AND timestamp_ticks >= @since ORDER BY {RecordColumns.NewestFirst}");
        string[] statuses = includeWarnings
            ? [RecordColumns.StatusText(StepStatus.Error), RecordColumns.StatusText(StepStatus.Failed), RecordColumns.StatusText(StepStatus.Warning)]
            : [RecordColumns.StatusText(StepStatus.Error), RecordColumns.StatusText(StepStatus.Failed)];
        query.Parameters.AddWithValue("statuses", NpgsqlDbType.Array | NpgsqlDbType.Text, statuses);
        query.Parameters.AddWithValue("since", NpgsqlDbType.Bigint, since.UtcTicks);
        return await ReadAllAsync(query, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    protected override Task WriteBatchAsync(IReadOnlyList<StepRecord> batch, CancellationToken cancellationToken)
    {
        using var connection = _dataSource.OpenConnection();
        using (var copy = connection.BeginBinaryImport(Copy))
        {
            foreach (var record in batch)
            {
                copy.StartRow();
                copy.Write(record.SubjectId, NpgsqlDbType.Text);
                copy.Write(record.StepName, NpgsqlDbType.Text);
                copy.Write(RecordColumns.StatusText(record.Status), NpgsqlDbType.Text);
                WriteOrNull(copy, record.Operation, NpgsqlDbType.Text);
                WriteOrNull(copy, record.OperationId, NpgsqlDbType.Text);
                copy.Write(record.StepNumber, NpgsqlDbType.Integer);
                copy.Write(record.TotalSteps, NpgsqlDbType.Integer);
                WriteOrNull(copy, DetailsJson.Write(record.Details), NpgsqlDbType.Json);
                if (record.DurationMs is { } duration)
                {
                    copy.Write(duration, NpgsqlDbType.Double);
                }
                else
                {
                    copy.WriteNull();
                }

                WriteOrNull(copy, record.ErrorMessage, NpgsqlDbType.Text);
                copy.Write(record.Timestamp.UtcTicks, NpgsqlDbType.Bigint);
                copy.Write(record.Sequence, NpgsqlDbType.Bigint);
            }

            // Without Complete, disposing the importer cancels the COPY: the batch is all or nothing.
            copy.Complete();
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    protected override async Task<long> DeleteExpiredAsync(StepStatus status, DateTimeOffset before, CancellationToken cancellationToken)
    {
        // In slices, so that no transaction holds many row locks for long while workers keep writing.
        using var delete = _dataSource.CreateCommand(
            $"DELETE FROM {RecordColumns.Table} WHERE id IN " +
            $"(SELECT id FROM {RecordColumns.Table} WHERE status = @status AND timestamp_ticks < @before LIMIT 10000)");
        delete.Parameters.AddWithValue("status", NpgsqlDbType.Text, RecordColumns.StatusText(status));
        delete.Parameters.AddWithValue("before", NpgsqlDbType.Bigint, before.UtcTicks);
        long deleted = 0;
        int slice;
        do
        {
            slice = await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            deleted += slice;
        }
        while (slice > 0);

        return deleted;
    }

    /// <inheritdoc/>
    protected override async ValueTask DisposeCoreAsync()
    {
        await _dataSource.DisposeAsync().ConfigureAwait(false);
        await base.DisposeCoreAsync().ConfigureAwait(false);
    }

    private static void WriteOrNull(NpgsqlBinaryImporter copy, string? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, type);
        }
    }

    private static async Task<IReadOnlyList<StepRecord>> ReadAllAsync(NpgsqlCommand query, CancellationToken cancellationToken)
    {
        var records = new List<StepRecord>();
        using var rows = await query.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            records.Add(RecordColumns.Read(rows));
        }

        return records;
    }
}
