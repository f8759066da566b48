using System;
using System.Data.Common;
using System.IO;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace StepLog.Cli.Records;

/// <summary>
/// Which store a <c>--store</c> argument names, told by its form: a connection string with a <c>Host</c> (or
/// <c>Server</c>) key is PostgreSQL; anything else is SQLite, either a file path or a connection string with
/// <c>Data Source</c>.
/// </summary>
internal sealed record StoreConnection(StoreKind Kind, string ConnectionString, string Display)
{
    public const string Help =
        "The step records store: a SQLite database (a file path such as steps.db, or 'Data Source=steps.db') " +
        "or a PostgreSQL connection string, recognised by its Host= key ('Host=db;Database=app;Username=app;Password=...').";

    public static StoreConnection Parse(string argument)
    {
        if (argument.Contains('=', StringComparison.Ordinal) && TryKeys(argument, out var keys))
        {
            if (keys.ContainsKey("host") || keys.ContainsKey("server"))
            {
                var postgres = new NpgsqlConnectionStringBuilder(argument);

                // Never the whole string: it may hold a password, and this text goes into messages.
                return new StoreConnection(StoreKind.PostgreSql, argument, $"PostgreSQL database '{postgres.Database ?? postgres.Username}' on {postgres.Host}");
            }

            if (keys.ContainsKey("data source") || keys.ContainsKey("datasource") || keys.ContainsKey("filename"))
            {
                var sqlite = new SqliteConnectionStringBuilder(argument);
                return new StoreConnection(StoreKind.Sqlite, sqlite.ConnectionString, $"SQLite database '{sqlite.DataSource}'");
            }
        }

        // A path: opened read-write but never created, so that a typo is an error rather than a new empty database.
        var file = new SqliteConnectionStringBuilder { DataSource = argument, Mode = SqliteOpenMode.ReadWrite };
        return new StoreConnection(StoreKind.Sqlite, file.ConnectionString, $"SQLite database '{argument}'");
    }

    /// <summary>The SQLite file this names, when it names one that must exist first.</summary>
    public string? SqliteFile
    {
        get
        {
            if (Kind != StoreKind.Sqlite)
            {
                return null;
            }

            var builder = new SqliteConnectionStringBuilder(ConnectionString);
            return builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:" ? null : Path.GetFullPath(builder.DataSource);
        }
    }

    private static bool TryKeys(string argument, out DbConnectionStringBuilder keys)
    {
        keys = new DbConnectionStringBuilder();
        try
        {
            keys.ConnectionString = argument;
            return true;
        }
        catch (ArgumentException)
        {
            return false; // a file name with '=' in it
        }
    }
}

/// <summary>The databases the step records can live in.</summary>
internal enum StoreKind
{
    Sqlite,
    PostgreSql,
}
