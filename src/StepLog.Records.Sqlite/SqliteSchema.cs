using System;
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
            Execute(connection, $"INSERT INTO {RecordColumns.SchemaTable} (version) VALUES ({next.ToString(CultureInfo.InvariantCulture)});", transaction);
        }

        transaction.Commit();
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
