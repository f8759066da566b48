using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;
using NpgsqlTypes;

namespace StepLog.Records;

/// <summary>
/// The PostgreSQL store's writer: each batch copied in with one binary COPY, which is atomic; expired records deleted
/// in slices. It owns the data source the queries share, and releases it when disposed.
/// </summary>
internal sealed class PostgresRecordWriter : IStepRecordWriter, IAsyncDisposable
{
    private const string Copy = $"COPY {RecordColumns.Table} ({RecordColumns.Written}) FROM STDIN (FORMAT BINARY)";

    // A run's records where RunRecordWindow finds them: through the index by subject and time. The runs table compares
    // by code point (COLLATE "C"), the records by the database's collation, which the index is in.
    private static readonly string RunRecordsOfRun =
        FormattableString.Invariant($"s.subject_id = (r.subject_id COLLATE \"default\") AND s.timestamp_ticks >= r.started_ticks - {RunRecordWindow.MarginTicks} ") +
        FormattableString.Invariant($"AND s.timestamp_ticks < CASE WHEN r.status = 'Running' THEN {long.MaxValue} ELSE r.updated_ticks + {RunRecordWindow.MarginTicks} END ") +
        "AND s.operation_id = (r.operation_id COLLATE \"default\")";

    private readonly NpgsqlDataSource _dataSource;

    /// <summary>Connects, and creates or upgrades the tables.</summary>
    public PostgresRecordWriter(string connectionString)
    {
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
    }

    /// <summary>The data source the queries use.</summary>
    public NpgsqlDataSource DataSource => _dataSource;

    /// <inheritdoc/>
    public Task WriteBatchAsync(IReadOnlyList<StepRecord> batch, CancellationToken cancellationToken)
    {
        using var connection = _dataSource.OpenConnection();

        // One transaction for the batch and what it adds to the runs and rollups: they never count a record that is not there.
        using var transaction = connection.BeginTransaction();
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
                WriteOrNull(copy, record.ParentOperationId, NpgsqlDbType.Text);
                copy.Write((int)record.RunKind, NpgsqlDbType.Integer);
            }

            // Without Complete, disposing the importer cancels the COPY: the batch is all or nothing.
            copy.Complete();
        }

        PostgresRollupWriter.Write(connection, transaction, new RunRollup(batch));
        transaction.Commit();
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public async Task<long> DeleteExpiredAsync(StepStatus status, DateTimeOffset before, CancellationToken cancellationToken)
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

        await DeleteRunsWithoutRecordsAsync(before, cancellationToken).ConfigureAwait(false);
        if (status == StepStatus.Failed)
        {
            // The minute-grained rollups go with the Failed records (kept longest by default); the hour-grained ones stay.
            using var rollups = _dataSource.CreateCommand(
                $"DELETE FROM {RunColumns.RollupTable} WHERE grain = {RunRollup.MinuteGrain} AND bucket_ticks < @before; " +
                $"DELETE FROM {RunColumns.MinutesTable} WHERE minute_ticks < @before");
            rollups.Parameters.AddWithValue("before", NpgsqlDbType.Bigint, RunRecords.MinuteOf(before.UtcTicks));
            await rollups.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return deleted;
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    // A run's row goes when the last of its records has: a run not updated since the cutoff, with no record left.
    private async Task DeleteRunsWithoutRecordsAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        using var delete = _dataSource.CreateCommand(
            $"DELETE FROM {RunColumns.Table} WHERE operation_id IN (SELECT r.operation_id FROM {RunColumns.Table} r " +
            "WHERE r.started_ticks < @before AND r.updated_ticks < @before AND NOT EXISTS " +
            $"(SELECT 1 FROM {RecordColumns.Table} s WHERE {RunRecordsOfRun}) LIMIT 10000)");
        delete.Parameters.AddWithValue("before", NpgsqlDbType.Bigint, before.UtcTicks);
        while (await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0)
        {
        }
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
}
