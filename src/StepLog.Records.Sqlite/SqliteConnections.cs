using System;
using Microsoft.Data.Sqlite;

namespace StepLog.Records;

/// <summary>How the SQLite writer and queries reach the file: one checked connection string, connections that wait when busy.</summary>
internal static class SqliteConnections
{
    /// <summary>The connection string, normalized, when it names a database both the writer and the queries reach.</summary>
    public static string Validate(string connectionString) => Check(connectionString);

    private static string Check(string connectionString)
    {
        if (connectionString is null)
        {
            throw new ArgumentNullException(nameof(connectionString));
        }

        var builder = new SqliteConnectionStringBuilder(connectionString);
        var shared = builder.Mode == SqliteOpenMode.Memory && builder.Cache == SqliteCacheMode.Shared;
        if ((builder.DataSource.Length == 0 || builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory) && !shared)
        {
            throw new ArgumentException(
                $"SqliteStepStore needs a database that its writer and its queries both reach, and '{connectionString}' gives each connection a private one. " +
                "Use a file (Data Source=steps.db), a shared in-memory database (Data Source=name;Mode=Memory;Cache=Shared), or InMemoryStepStore.",
                nameof(connectionString));
        }

        return builder.ToString();
    }

    public static SqliteConnection Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            using var busy = connection.CreateCommand();

            // Another process writing the file: wait for it as long as the connection string allows, rather than fail.
            busy.CommandText = $"PRAGMA busy_timeout = {connection.DefaultTimeout * 1000};";
            busy.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
