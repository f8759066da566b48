using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Globalization;

namespace StepLog.Records;

/// <summary>
/// The tables both database stores keep, written once in each store's <see cref="SqlDialect"/>, and how a database is
/// brought to them: <c>steplog_schema</c> holds the version; each migration runs once, in order, in the transaction the
/// store took for it (under a lock of its own, so that two processes opening one database do not both migrate).
/// </summary>
internal static class StoreSchema
{
    /// <summary>The schema version the migrations bring a database to.</summary>
    public const int LatestVersion = 2;

    /// <summary>The migration after which the records already kept are folded into the runs and rollups (<see cref="Backfill"/>).</summary>
    private const int RunsVersion = 2;

    /// <summary>Migration n brings the schema from version n - 1 to n. Append only: never edit a shipped one.</summary>
    public static string[] Migrations(SqlDialect sql) =>
    [
        $"""
        CREATE TABLE {RecordColumns.Table} (
            id {sql.RowId},
            subject_id {sql.Text} NOT NULL,
            step_name {sql.Text} NOT NULL,
            status {sql.Text} NOT NULL,
            operation {sql.Text} NULL,
            operation_id {sql.Text} NULL,
            step_number {sql.Integer} NOT NULL,
            total_steps {sql.Integer} NOT NULL,
            details {sql.Json} NULL,
            duration_ms {sql.Real} NULL,
            error_message {sql.Text} NULL,
            timestamp_ticks {sql.BigInteger} NOT NULL,
            sequence {sql.BigInteger} NOT NULL
        );
        CREATE INDEX ix_steplog_records_subject_time ON {RecordColumns.Table} (subject_id, timestamp_ticks);
        CREATE INDEX ix_steplog_records_status_time ON {RecordColumns.Table} (status, timestamp_ticks);
        """,

        // 2: what the dashboard's queries read. A run's parent and kind; one row per run, upserted from its own records;
        // counts per operation and step by minute and hour, with a duration histogram; runs ended per minute. Filled from
        // the records already kept by Backfill, in this migration's transaction. No index of the records by run: a run's
        // records are found by its subject and time (RunRecordWindow), so ingest keeps its two indexes. Batches and
        // nested runs are few: their indexes are partial, so that the other runs do not pay for them.
        $"""
        ALTER TABLE {RecordColumns.Table} ADD COLUMN parent_operation_id {sql.Text} NULL;
        ALTER TABLE {RecordColumns.Table} ADD COLUMN run_kind {sql.Integer} NOT NULL DEFAULT 0;
        CREATE TABLE {RunColumns.Table} (
            operation_id {sql.OrderedText} NOT NULL PRIMARY KEY,
            operation {sql.OrderedText} NOT NULL,
            subject_id {sql.OrderedText} NULL,
            parent_operation_id {sql.OrderedText} NULL,
            run_kind {sql.Integer} NOT NULL,
            status {sql.Text} NOT NULL,
            started_ticks {sql.BigInteger} NOT NULL,
            updated_ticks {sql.BigInteger} NOT NULL,
            updated_sequence {sql.BigInteger} NOT NULL,
            duration_ms {sql.Real} NULL,
            total_steps {sql.Integer} NOT NULL,
            error_message {sql.Text} NULL,
            details {sql.Json} NULL
        );
        CREATE INDEX ix_steplog_runs_started ON {RunColumns.Table} (started_ticks, operation_id);
        CREATE INDEX ix_steplog_runs_operation ON {RunColumns.Table} (operation, started_ticks, operation_id);
        CREATE INDEX ix_steplog_runs_status ON {RunColumns.Table} (status, started_ticks, operation_id);
        CREATE INDEX ix_steplog_runs_subject ON {RunColumns.Table} (subject_id, started_ticks, operation_id);
        CREATE INDEX ix_steplog_runs_batches ON {RunColumns.Table} (started_ticks, operation_id) WHERE run_kind = 1;
        CREATE INDEX ix_steplog_runs_parent ON {RunColumns.Table} (parent_operation_id, started_ticks, operation_id) WHERE parent_operation_id IS NOT NULL;
        CREATE TABLE {RunColumns.RollupTable} (
            grain {sql.Integer} NOT NULL,
            bucket_ticks {sql.BigInteger} NOT NULL,
            operation {sql.OrderedText} NOT NULL,
            is_run {sql.Integer} NOT NULL,
            step_name {sql.OrderedText} NOT NULL,
            duration_bucket {sql.Integer} NOT NULL,
            count {sql.BigInteger} NOT NULL,
            failed {sql.BigInteger} NOT NULL,
            warnings {sql.BigInteger} NOT NULL,
            PRIMARY KEY (grain, bucket_ticks, operation, is_run, step_name, duration_bucket)
        ){sql.KeyOnlyTable};
        CREATE TABLE {RunColumns.MinutesTable} (
            minute_ticks {sql.BigInteger} NOT NULL PRIMARY KEY,
            runs {sql.BigInteger} NOT NULL,
            failed {sql.BigInteger} NOT NULL
        );
        """,
    ];

    /// <summary>
    /// Brings the database to <see cref="LatestVersion"/> in <paramref name="transaction"/>, which the caller commits;
    /// <paramref name="backfill"/> folds the records already kept into the runs and rollups when migration 2 runs.
    /// </summary>
    /// <exception cref="InvalidOperationException">A newer StepLog wrote the database.</exception>
    public static void Migrate(DbConnection connection, DbTransaction transaction, SqlDialect sql, string database, Action backfill)
    {
        Execute(connection, transaction, $"CREATE TABLE IF NOT EXISTS {RecordColumns.SchemaTable} (version {sql.Integer} NOT NULL);");
        using var read = Command(connection, transaction, $"SELECT MAX(version) FROM {RecordColumns.SchemaTable};");
        var version = read.ExecuteScalar() is { } found and not DBNull ? Convert.ToInt32(found, CultureInfo.InvariantCulture) : 0;
        if (version > LatestVersion)
        {
            throw new InvalidOperationException(
                $"The database '{database}' holds StepLog records of schema version {version}, written by a newer StepLog; " +
                $"this {sql.Package} knows versions up to {LatestVersion}. Update the {sql.Package} package.");
        }

        var migrations = Migrations(sql);
        for (var next = version + 1; next <= LatestVersion; next++)
        {
            Execute(connection, transaction, migrations[next - 1]);
            if (next == RunsVersion)
            {
                backfill();
            }

            Execute(connection, transaction, $"INSERT INTO {RecordColumns.SchemaTable} (version) VALUES ({next.ToString(CultureInfo.InvariantCulture)});");
        }
    }

    /// <summary>
    /// What the records a schema-1 database already holds add to the runs and rollups, a slice at a time, for the
    /// store's own rollup writer, so that old and new records are counted by the same upserts.
    /// </summary>
    public static IEnumerable<RunRollup> Backfill(DbConnection connection, DbTransaction transaction, SqlDialect sql)
    {
        long after = 0;
        while (true)
        {
            var slice = new List<StepRecord>();
            using (var read = Command(connection, transaction,
                       $"SELECT {RecordColumns.Select} FROM {RecordColumns.Table} WHERE id > {sql.ParameterMarker}after ORDER BY id LIMIT 10000;"))
            {
                SqlDialect.AddParameter(read, "after", after);
                using var rows = read.ExecuteReader();
                while (rows.Read())
                {
                    after = rows.GetInt64(0);
                    slice.Add(RecordColumns.Read(rows));
                }
            }

            if (slice.Count == 0)
            {
                yield break;
            }

            yield return new RunRollup(slice);
        }
    }

    private static void Execute(DbConnection connection, DbTransaction transaction, string sql)
    {
        using var command = Command(connection, transaction, sql);
        command.ExecuteNonQuery();
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
