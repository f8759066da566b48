using Npgsql;
using StepLog.Records;

namespace StepLog.Benchmarks.Records;

/// <summary>The database kinds the record store cases run on.</summary>
public enum StoreKind
{
    Sqlite,
    Postgres,
}

/// <summary>
/// A fresh, empty database of one kind for one benchmark class: a SQLite file in the temporary folder, or a schema of
/// its own in the PostgreSQL server named by STEPLOG_POSTGRES (start a throwaway one with
/// <c>eval "$(.ci/postgres.sh start)"</c>). Dropped afterwards.
/// </summary>
public sealed class RecordDatabase : IDisposable
{
    private readonly StoreKind _kind;
    private readonly string _cleanup;

    public RecordDatabase(StoreKind kind)
    {
        _kind = kind;
        if (kind == StoreKind.Sqlite)
        {
            _cleanup = Path.Combine(Path.GetTempPath(), $"steplog-bench-{Guid.NewGuid():N}.db");
            ConnectionString = $"Data Source={_cleanup}";
            return;
        }

        var server = Environment.GetEnvironmentVariable("STEPLOG_POSTGRES")
            ?? throw new InvalidOperationException("STEPLOG_POSTGRES is not set: start a throwaway server with eval \"$(.ci/postgres.sh start)\".");
        _cleanup = "bench_" + Guid.NewGuid().ToString("N");
        Execute(server, $"CREATE SCHEMA {_cleanup}");
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { SearchPath = _cleanup }.ConnectionString;
    }

    public string ConnectionString { get; }

    /// <summary>A store on this database that waits for room rather than drop: sustained ingest is what is measured.</summary>
    public IStepStore OpenStore() => OpenStore(new StepStoreOptions { WhenFull = StepStoreFullMode.Wait });

    public IStepStore OpenStore(StepStoreOptions options) => _kind == StoreKind.Sqlite
        ? new SqliteStepStore(ConnectionString, options)
        : new PostgresStepStore(ConnectionString, options);

    /// <summary>How many records a store opened here dropped (its queue was full).</summary>
    public static long DroppedRecords(IStepStore store) => store switch
    {
        SqliteStepStore sqlite => sqlite.DroppedRecords,
        PostgresStepStore postgres => postgres.DroppedRecords,
        _ => 0,
    };

    public void Dispose()
    {
        if (_kind == StoreKind.Sqlite)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(_cleanup + suffix);
            }
        }
        else
        {
            Execute(Environment.GetEnvironmentVariable("STEPLOG_POSTGRES")!, $"DROP SCHEMA {_cleanup} CASCADE");
        }
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
