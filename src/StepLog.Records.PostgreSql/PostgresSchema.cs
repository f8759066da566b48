using System;
using System.Collections.Generic;
using System.Globalization;
using Npgsql;

namespace StepLog.Records;

/// <summary>
/// Creates and upgrades the tables, in the schema first on the connection's search path. <c>steplog_schema</c> holds
/// the version; each migration runs once, in order, in one transaction under an advisory lock, so that workers
/// starting together do not migrate twice.
/// </summary>
internal static class PostgresSchema
{
    /// <summary>An arbitrary, fixed key: every StepLog process takes this lock to migrate.</summary>
    private const long MigrationLock = 0x5374_6570_4C6F_67;

    /// <summary>Migration n brings the schema from version n - 1 to n. Append only: never edit a shipped one.</summary>
    private static readonly string[] Migrations =
    [
        $"""
        CREATE TABLE {RecordColumns.Table} (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            subject_id text NOT NULL,
            step_name text NOT NULL,
            status text NOT NULL,
            operation text NULL,
            operation_id text NULL,
            step_number integer NOT NULL,
            total_steps integer NOT NULL,
            details json NULL,
            duration_ms double precision NULL,
            error_message text NULL,
            timestamp_ticks bigint NOT NULL,
            sequence bigint NOT NULL
        );
        CREATE INDEX ix_steplog_records_subject_time ON {RecordColumns.Table} (subject_id, timestamp_ticks);
        CREATE INDEX ix_steplog_records_status_time ON {RecordColumns.Table} (status, timestamp_ticks);
        """,

        // 2: what the dashboard's queries read (see SqliteSchema's migration 2); ids and names compared by code point
        // (COLLATE "C"), so that keyset paging orders them as every store does. Filled by Backfill in this transaction.
        $"""
        ALTER TABLE {RecordColumns.Table} ADD COLUMN parent_operation_id text NULL;
        ALTER TABLE {RecordColumns.Table} ADD COLUMN run_kind integer NOT NULL DEFAULT 0;
        CREATE TABLE {RunColumns.Table} (
            operation_id text COLLATE "C" NOT NULL PRIMARY KEY,
            operation text COLLATE "C" NOT NULL,
            subject_id text COLLATE "C" NULL,
            parent_operation_id text COLLATE "C" NULL,
            run_kind integer NOT NULL,
            status text NOT NULL,
            started_ticks bigint NOT NULL,
            updated_ticks bigint NOT NULL,
            updated_sequence bigint NOT NULL,
            duration_ms double precision NULL,
            total_steps integer NOT NULL,
            error_message text NULL,
            details json NULL
        );
        CREATE INDEX ix_steplog_runs_started ON {RunColumns.Table} (started_ticks, operation_id);
        CREATE INDEX ix_steplog_runs_operation ON {RunColumns.Table} (operation, started_ticks, operation_id);
        CREATE INDEX ix_steplog_runs_status ON {RunColumns.Table} (status, started_ticks, operation_id);
        CREATE INDEX ix_steplog_runs_subject ON {RunColumns.Table} (subject_id, started_ticks, operation_id);
        CREATE INDEX ix_steplog_runs_batches ON {RunColumns.Table} (started_ticks, operation_id) WHERE run_kind = 1;
        CREATE INDEX ix_steplog_runs_parent ON {RunColumns.Table} (parent_operation_id, started_ticks, operation_id) WHERE parent_operation_id IS NOT NULL;
        CREATE TABLE {RunColumns.RollupTable} (
            grain integer NOT NULL,
            bucket_ticks bigint NOT NULL,
            operation text COLLATE "C" NOT NULL,
            is_run integer NOT NULL,
            step_name text COLLATE "C" NOT NULL,
            duration_bucket integer NOT NULL,
            count bigint NOT NULL,
            failed bigint NOT NULL,
            warnings bigint NOT NULL,
            PRIMARY KEY (grain, bucket_ticks, operation, is_run, step_name, duration_bucket)
        );
        CREATE TABLE {RunColumns.MinutesTable} (
            minute_ticks bigint NOT NULL PRIMARY KEY,
            runs bigint NOT NULL,
            failed bigint NOT NULL
        );
        """,
    ];

    public static int LatestVersion => Migrations.Length;

    public static void Migrate(NpgsqlDataSource dataSource)
    {
        using var connection = dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        Execute(connection, $"SELECT pg_advisory_xact_lock({MigrationLock.ToString(CultureInfo.InvariantCulture)});");
        Execute(connection, $"CREATE TABLE IF NOT EXISTS {RecordColumns.SchemaTable} (version integer NOT NULL);");
        using var read = new NpgsqlCommand($"SELECT MAX(version) FROM {RecordColumns.SchemaTable};", connection);
        var version = read.ExecuteScalar() is int found ? found : 0;
        if (version > LatestVersion)
        {
            throw new InvalidOperationException(
                $"The database '{connection.Database}' holds StepLog records of schema version {version}, written by a newer StepLog; " +
                $"this StepLog.Records.PostgreSql knows versions up to {LatestVersion}. Update the StepLog.Records.PostgreSql package.");
        }

        for (var next = version + 1; next <= LatestVersion; next++)
        {
            Execute(connection, Migrations[next - 1]);
            if (next == 2)
            {
                Backfill(connection, transaction);
            }
            Execute(connection, $"INSERT INTO {RecordColumns.SchemaTable} (version) VALUES ({next.ToString(CultureInfo.InvariantCulture)});");
        }

        transaction.Commit();
    }

    // The runs and rollups of the records a schema-1 database already holds, through the writer's own upserts, a slice at a time.
    private static void Backfill(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        long after = 0;
        while (true)
        {
            var slice = new List<StepRecord>();
            using (var read = new NpgsqlCommand($"SELECT {RecordColumns.Select} FROM {RecordColumns.Table} WHERE id > @after ORDER BY id LIMIT 10000", connection, transaction))
            {
                read.Parameters.AddWithValue("after", after);
                using var rows = read.ExecuteReader();
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

            PostgresRollupWriter.Write(connection, transaction, new RunRollup(slice));
        }
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
