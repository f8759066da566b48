using Microsoft.Data.Sqlite;

namespace StepLog.Records.Tests.Stores;

/// <summary>A database file of one test's own, deleted (with its WAL files) afterwards.</summary>
internal sealed class SqliteFile : IDisposable
{
    public SqliteFile()
    {
        Directory.CreateDirectory(Folder);
        Path = System.IO.Path.Combine(Folder, Guid.NewGuid().ToString("N") + ".db");
    }

    public static string Folder { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "steplog-records-tests");

    public string Path { get; }

    public string ConnectionString => $"Data Source={Path}";

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString + ";Pooling=False");
        connection.Open();
        return connection;
    }

    public object? Scalar(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(Path + suffix);
        }
    }
}
