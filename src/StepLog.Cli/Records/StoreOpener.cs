using System;
using System.IO;
using Microsoft.Data.Sqlite;
using Npgsql;
using StepLog.Records;

namespace StepLog.Cli.Records;

/// <summary>
/// Opens the store a command reads, through the store's own class and queries. Checks first what would otherwise go
/// wrong quietly: a SQLite file that does not exist, or that holds no step records (the store would create its tables
/// in any database it is given).
/// </summary>
internal static class StoreOpener
{
    /// <summary>The open store, or null and a one-line reason.</summary>
    public static IStepStore? Open(StoreConnection connection, out string? problem)
    {
        problem = null;
        try
        {
            if (connection.Kind == StoreKind.PostgreSql)
            {
                return OpenPostgres(connection, out problem);
            }

            return OpenSqlite(connection, out problem);
        }
        catch (Exception error) when (error is SqliteException or NpgsqlException or IOException or ArgumentException or InvalidOperationException or UnauthorizedAccessException)
        {
            problem = $"cannot open the {connection.Display}: {error.Message}";
            return null;
        }
    }

    private static SqliteStepStore? OpenSqlite(StoreConnection connection, out string? problem)
    {
        problem = null;
        if (connection.SqliteFile is { } file && !File.Exists(file))
        {
            problem = $"the {connection.Display} does not exist: give the path of the file the SqliteStepStore writes.";
            return null;
        }

        using (var probe = new SqliteConnection(connection.ConnectionString))
        {
            probe.Open();
            using var query = probe.CreateCommand();
            query.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'steplog_records';";
            if (Convert.ToInt64(query.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                problem = $"the {connection.Display} holds no step records (no steplog_records table): is it the file a SqliteStepStore writes?";
                return null;
            }
        }

        SqliteConnection.ClearAllPools();
        return new SqliteStepStore(connection.ConnectionString);
    }

    private static PostgresStepStore? OpenPostgres(StoreConnection connection, out string? problem)
    {
        problem = null;
        using (var probe = new NpgsqlConnection(connection.ConnectionString))
        {
            probe.Open();
            using var query = new NpgsqlCommand("SELECT to_regclass('steplog_records') IS NOT NULL", probe);
            if (query.ExecuteScalar() is not true)
            {
                problem = $"the {connection.Display} holds no step records (no steplog_records table in its search path): is it the database a PostgresStepStore writes?";
                return null;
            }
        }

        return new PostgresStepStore(connection.ConnectionString);
    }
}
