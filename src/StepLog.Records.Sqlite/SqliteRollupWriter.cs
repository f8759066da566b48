using System;
using Microsoft.Data.Sqlite;

namespace StepLog.Records;

/// <summary>
/// Writes what a batch adds to the runs, rollup and per-minute tables (a <see cref="RunRollup"/>), with statements
/// prepared once, in the caller's transaction: the batch's records and what they add commit together.
/// </summary>
internal sealed class SqliteRollupWriter : IDisposable
{
    private const string RunUpsert =
        $"INSERT INTO {RunColumns.Table} AS r (operation_id, operation, subject_id, parent_operation_id, run_kind, status, started_ticks, updated_ticks, " +
        "updated_sequence, duration_ms, total_steps, error_message, details) " +
        "VALUES ($id, $operation, $subject, $parent, $kind, $status, $started, $updated, $sequence, $duration, $total, $error, $details) " +
        "ON CONFLICT (operation_id) DO UPDATE SET " +
        "started_ticks = MIN(r.started_ticks, excluded.started_ticks), " +
        "parent_operation_id = COALESCE(r.parent_operation_id, excluded.parent_operation_id), " +
        "run_kind = MAX(r.run_kind, excluded.run_kind), " +
        RunColumns.NewestRecordDecides + ";";

    private const string CountUpsert =
        $"INSERT INTO {RunColumns.RollupTable} AS c (grain, bucket_ticks, operation, is_run, step_name, duration_bucket, count, failed, warnings) " +
        "VALUES ($grain, $bucket, $operation, $run, $step, $duration, $count, $failed, $warnings) " +
        "ON CONFLICT (grain, bucket_ticks, operation, is_run, step_name, duration_bucket) DO UPDATE SET " +
        "count = c.count + excluded.count, failed = c.failed + excluded.failed, warnings = c.warnings + excluded.warnings;";

    private const string MinuteUpsert =
        $"INSERT INTO {RunColumns.MinutesTable} AS m (minute_ticks, runs, failed) VALUES ($minute, $runs, $failed) " +
        "ON CONFLICT (minute_ticks) DO UPDATE SET runs = m.runs + excluded.runs, failed = m.failed + excluded.failed;";

    private readonly SqliteCommand _run;
    private readonly SqliteCommand _count;
    private readonly SqliteCommand _minute;

    public SqliteRollupWriter(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        _run = Prepare(connection, transaction, RunUpsert, "$id", "$operation", "$subject", "$parent", "$kind", "$status", "$started", "$updated", "$sequence", "$duration", "$total", "$error", "$details");
        _count = Prepare(connection, transaction, CountUpsert, "$grain", "$bucket", "$operation", "$run", "$step", "$duration", "$count", "$failed", "$warnings");
        _minute = Prepare(connection, transaction, MinuteUpsert, "$minute", "$runs", "$failed");
    }

    /// <summary>The transaction the statements run in (the writer's, for each batch).</summary>
    public SqliteTransaction? Transaction
    {
        set
        {
            _run.Transaction = value;
            _count.Transaction = value;
            _minute.Transaction = value;
        }
    }

    public void Write(RunRollup rollup)
    {
        foreach (var run in rollup.Runs)
        {
            var latest = run.Latest;
            Set(_run, latest.OperationId, RunRecords.OperationOf(latest), latest.SubjectId, run.ParentOperationId, (int)run.Kind, run.Status,
                run.StartedTicks, latest.Timestamp.UtcTicks, latest.Sequence, run.DurationMs, latest.TotalSteps, latest.ErrorMessage, DetailsJson.Write(latest.Details));
            _run.ExecuteNonQuery();
        }

        foreach (var pair in rollup.Counts)
        {
            var (key, counts) = (pair.Key, pair.Value);
            Set(_count, key.Grain, key.BucketTicks, key.Operation, key.IsRun ? 1 : 0, key.StepName, key.DurationBucket, counts.Count, counts.Failed, counts.Warnings);
            _count.ExecuteNonQuery();
        }

        foreach (var pair in rollup.Minutes)
        {
            Set(_minute, pair.Key, pair.Value.Count, pair.Value.Failed);
            _minute.ExecuteNonQuery();
        }
    }

    public void Dispose()
    {
        _run.Dispose();
        _count.Dispose();
        _minute.Dispose();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction? transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private static void Set(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
