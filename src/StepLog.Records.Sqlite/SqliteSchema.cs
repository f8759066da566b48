using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace StepLog.Records;

/// <summary>
/// Creates and upgrades the tables. <c>steplog_schema</c> holds the version; each migration runs once, in order, in
/// the same immediate transaction as the version check, so that two processes opening a new file do not both migrate.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>Migration n brings the schema from version n - 1 to n. Append only: never edit a shipped one.</summary>
    private static readonly string[] Migrations =
    [
        $"""
        CREATE TABLE {RecordColumns.Table} (
            id INTEGER PRIMARY KEY,
            subject_id TEXT NOT NULL,
            step_name TEXT NOT NULL,
            status TEXT NOT NULL,
            operation TEXT NULL,
            operation_id TEXT NULL,
            step_number INTEGER NOT NULL,
            total_steps INTEGER NOT NULL,
            details TEXT NULL,
            duration_ms REAL NULL,
            error_message TEXT NULL,
            timestamp_ticks INTEGER NOT NULL,
            sequence INTEGER NOT NULL
        );
        CREATE INDEX ix_steplog_records_subject_time ON {RecordColumns.Table} (subject_id, timestamp_ticks);
        CREATE INDEX ix_steplog_records_status_time ON {RecordColumns.Table} (status, timestamp_ticks);
        """,

        // 2: what the dashboard's queries read. A run's parent and kind; one row per run, upserted from its own records;
        // counts per operation and step by minute and hour, with a duration histogram; runs ended per minute. Filled from
        // the records already kept by SqliteSchema.Backfill, in this migration's transaction. No index of the records by
        // run: a run's records are found by its subject and time (RunRecordWindow), so ingest keeps its two indexes.
        // Batches and nested runs are few: their indexes are partial, so that the other runs do not pay for them.
        $"""
        ALTER TABLE {RecordColumns.Table} ADD COLUMN parent_operation_id TEXT NULL;
        ALTER TABLE {RecordColumns.Table} ADD COLUMN run_kind INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE {RunColumns.Table} (
            operation_id TEXT NOT NULL PRIMARY KEY,
            operation TEXT NOT NULL,
            subject_id TEXT NULL,
            parent_operation_id TEXT NULL,
            run_kind INTEGER NOT NULL,
            status TEXT NOT NULL,
            started_ticks INTEGER NOT NULL,
            updated_ticks INTEGER NOT NULL,
            updated_sequence INTEGER NOT NULL,
            duration_ms REAL NULL,
            total_steps INTEGER NOT NULL,
            error_message TEXT NULL,
            details TEXT NULL
        );
        CREATE INDEX ix_steplog_runs_started ON {RunColumns.Table} (started_ticks, operation_id);
        CREATE INDEX ix_steplog_runs_operation ON {RunColumns.Table} (operation, started_ticks, operation_id);
        CREATE INDEX ix_steplog_runs_status ON {RunColumns.Table} (status, started_ticks, operation_id);
        CREATE INDEX ix_steplog_runs_subject ON {RunColumns.Table} (subject_id, started_ticks, operation_id);
        CREATE INDEX ix_steplog_runs_batches ON {RunColumns.Table} (started_ticks, operation_id) WHERE run_kind = 1;
        CREATE INDEX ix_steplog_runs_parent ON {RunColumns.Table} (parent_operation_id, started_ticks, operation_id) WHERE parent_operation_id IS NOT NULL;
        CREATE TABLE {RunColumns.RollupTable} (
            grain INTEGER NOT NULL,
            bucket_ticks INTEGER NOT NULL,
            operation TEXT NOT NULL,
            is_run INTEGER NOT NULL,
            step_name TEXT NOT NULL,
            duration_bucket INTEGER NOT NULL,
            count INTEGER NOT NULL,
            failed INTEGER NOT NULL,
            warnings INTEGER NOT NULL,
            PRIMARY KEY (grain, bucket_ticks, operation, is_run, step_name, duration_bucket)
        ) WITHOUT ROWID;
        CREATE TABLE {RunColumns.MinutesTable} (
            minute_ticks INTEGER NOT NULL PRIMARY KEY,
            runs INTEGER NOT NULL,
            failed INTEGER NOT NULL
        );
        """,
    ];

    public static int LatestVersion => Migrations.Length;

    public static void Migrate(SqliteConnection connection)
    {
        // WAL lets readers and one writer (of any process) work at once; it is a property of the file, set outside a transaction.
        Execute(connection, "PRAGMA journal_mode = WAL;");
        using var transaction = connection.BeginTransaction(deferred: false);
        Execute(connection, $"CREATE TABLE IF NOT EXISTS {RecordColumns.SchemaTable} (version INTEGER NOT NULL);", transaction);
        using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = $"SELECT MAX(version) FROM {RecordColumns.SchemaTable};";
        var version = read.ExecuteScalar() is long found ? (int)found : 0;
        if (version > LatestVersion)
        {
            throw new InvalidOperationException(
                $"The database '{connection.DataSource}' holds StepLog records of schema version {version}, written by a newer StepLog; " +
                $"this StepLog.Records.Sqlite knows versions up to {LatestVersion}. Update the StepLog.Records.Sqlite package.");
        }

        for (var next = version + 1; next <= LatestVersion; next++)
        {
            Execute(connection, Migrations[next - 1], transaction);
            if (next == 2)
            {
                Backfill(connection, transaction);
            }

            Execute(connection, $"INSERT INTO {RecordColumns.SchemaTable} (version) VALUES ({next.ToString(CultureInfo.InvariantCulture)});", transaction);
        }

        transaction.Commit();
    }

    // The runs and rollups of the records a schema-1 file already holds, through the writer's own upserts, a slice at a time.
    private static void Backfill(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var rollups = new SqliteRollupWriter(connection, transaction);
        long after = 0;
        while (true)
        {
            using var read = connection.CreateCommand();
            read.Transaction = transaction;
            read.CommandText = $"SELECT {RecordColumns.Select} FROM {RecordColumns.Table} WHERE id > $after ORDER BY id LIMIT 10000;";
            read.Parameters.AddWithValue("$after", after);
            var slice = new List<StepRecord>();
            using (var rows = read.ExecuteReader())
            {
                while (rows.Read())
                {
                    after = rows.GetInt64(0);
                    slice.Add(RecordColumns.Read(rows));
                }
            }

            if (slice.Count == 0)
            {
                return;
            }

            rollups.Write(new RunRollup(slice));
        }
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
