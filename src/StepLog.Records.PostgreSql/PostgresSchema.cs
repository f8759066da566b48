using System;
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
            Execute(connection, $"INSERT INTO {RecordColumns.SchemaTable} (version) VALUES ({next.ToString(CultureInfo.InvariantCulture)});");
        }

        transaction.Commit();
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
