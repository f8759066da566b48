using System.Collections.Generic;
using System.Linq;
using Npgsql;
using NpgsqlTypes;

namespace StepLog.Records;

/// <summary>
/// Writes what a batch adds to the runs, rollup and per-minute tables (a <see cref="RunRollup"/>) in the caller's
/// transaction: one statement per table, its rows passed as arrays, so that a batch costs three round trips whatever
/// its size. Keys arrive sorted, so that writers of one database take row locks in the same order.
/// </summary>
internal static class PostgresRollupWriter
{
    private const string RunUpsert =
        $"INSERT INTO {RunColumns.Table} AS r (operation_id, operation, subject_id, parent_operation_id, run_kind, status, started_ticks, updated_ticks, " +
        "updated_sequence, duration_ms, total_steps, error_message, details) " +
        "SELECT id, operation, subject, parent, kind, status, started, updated, sequence, duration, total, error, details::json " +
        "FROM unnest(@ids, @operations, @subjects, @parents, @kinds, @statuses, @started, @updated, @sequences, @durations, @totals, @errors, @details) " +
        "AS t(id, operation, subject, parent, kind, status, started, updated, sequence, duration, total, error, details) " +
        "ON CONFLICT (operation_id) DO UPDATE SET " +
        "started_ticks = LEAST(r.started_ticks, excluded.started_ticks), " +
        "parent_operation_id = COALESCE(r.parent_operation_id, excluded.parent_operation_id), " +
        "run_kind = GREATEST(r.run_kind, excluded.run_kind), " +
        RunColumns.NewestRecordDecides;

    private const string CountUpsert =
        $"INSERT INTO {RunColumns.RollupTable} AS c (grain, bucket_ticks, operation, is_run, step_name, duration_bucket, count, failed, warnings) " +
        "SELECT * FROM unnest(@grains, @buckets, @operations, @runs, @steps, @durations, @counts, @failed, @warnings) " +
        "ON CONFLICT (grain, bucket_ticks, operation, is_run, step_name, duration_bucket) DO UPDATE SET " +
        "count = c.count + excluded.count, failed = c.failed + excluded.failed, warnings = c.warnings + excluded.warnings";

    private const string MinuteUpsert =
        $"INSERT INTO {RunColumns.MinutesTable} AS m (minute_ticks, runs, failed) SELECT * FROM unnest(@minutes, @runs, @failed) " +
        "ON CONFLICT (minute_ticks) DO UPDATE SET runs = m.runs + excluded.runs, failed = m.failed + excluded.failed";

    public static void Write(NpgsqlConnection connection, NpgsqlTransaction transaction, RunRollup rollup)
    {
        if (rollup.RunCount > 0)
        {
            var runs = rollup.Runs.ToList();
            using var upsert = new NpgsqlCommand(RunUpsert, connection, transaction);
            Add(upsert, "ids", NpgsqlDbType.Text, runs.Select(run => run.Latest.OperationId).ToArray());
            Add(upsert, "operations", NpgsqlDbType.Text, runs.Select(run => RunRecords.OperationOf(run.Latest)).ToArray());
            Add(upsert, "subjects", NpgsqlDbType.Text, runs.Select(run => run.Latest.SubjectId).ToArray());
            Add(upsert, "parents", NpgsqlDbType.Text, runs.Select(run => run.ParentOperationId).ToArray());
            Add(upsert, "kinds", NpgsqlDbType.Integer, runs.Select(run => (int)run.Kind).ToArray());
            Add(upsert, "statuses", NpgsqlDbType.Text, runs.Select(run => run.Status).ToArray());
            Add(upsert, "started", NpgsqlDbType.Bigint, runs.Select(run => run.StartedTicks).ToArray());
            Add(upsert, "updated", NpgsqlDbType.Bigint, runs.Select(run => run.Latest.Timestamp.UtcTicks).ToArray());
            Add(upsert, "sequences", NpgsqlDbType.Bigint, runs.Select(run => run.Latest.Sequence).ToArray());
            Add(upsert, "durations", NpgsqlDbType.Double, runs.Select(run => run.DurationMs).ToArray());
            Add(upsert, "totals", NpgsqlDbType.Integer, runs.Select(run => run.Latest.TotalSteps).ToArray());
            Add(upsert, "errors", NpgsqlDbType.Text, runs.Select(run => run.Latest.ErrorMessage).ToArray());
            Add(upsert, "details", NpgsqlDbType.Text, runs.Select(run => DetailsJson.Write(run.Latest.Details)).ToArray());
            upsert.ExecuteNonQuery();
        }

        if (rollup.CountKeys > 0)
        {
            var counts = rollup.Counts.ToList();
            using var upsert = new NpgsqlCommand(CountUpsert, connection, transaction);
            Add(upsert, "grains", NpgsqlDbType.Integer, counts.Select(pair => pair.Key.Grain).ToArray());
            Add(upsert, "buckets", NpgsqlDbType.Bigint, counts.Select(pair => pair.Key.BucketTicks).ToArray());
            Add(upsert, "operations", NpgsqlDbType.Text, counts.Select(pair => pair.Key.Operation).ToArray());
            Add(upsert, "runs", NpgsqlDbType.Integer, counts.Select(pair => pair.Key.IsRun ? 1 : 0).ToArray());
            Add(upsert, "steps", NpgsqlDbType.Text, counts.Select(pair => pair.Key.StepName).ToArray());
            Add(upsert, "durations", NpgsqlDbType.Integer, counts.Select(pair => pair.Key.DurationBucket).ToArray());
            Add(upsert, "counts", NpgsqlDbType.Bigint, counts.Select(pair => pair.Value.Count).ToArray());
            Add(upsert, "failed", NpgsqlDbType.Bigint, counts.Select(pair => pair.Value.Failed).ToArray());
            Add(upsert, "warnings", NpgsqlDbType.Bigint, counts.Select(pair => pair.Value.Warnings).ToArray());
            upsert.ExecuteNonQuery();
        }

        if (rollup.MinuteKeys > 0)
        {
            var minutes = rollup.Minutes.ToList();
            using var upsert = new NpgsqlCommand(MinuteUpsert, connection, transaction);
            Add(upsert, "minutes", NpgsqlDbType.Bigint, minutes.Select(pair => pair.Key).ToArray());
            Add(upsert, "runs", NpgsqlDbType.Bigint, minutes.Select(pair => pair.Value.Count).ToArray());
            Add(upsert, "failed", NpgsqlDbType.Bigint, minutes.Select(pair => pair.Value.Failed).ToArray());
            upsert.ExecuteNonQuery();
        }
    }

    private static void Add<T>(NpgsqlCommand command, string name, NpgsqlDbType type, T[] values) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | type) { Value = values });
}
