namespace StepLog.Records;

/// <summary>
/// Keeps step records in a SQLite file: StepLog's <see cref="QueuedStepStore"/> (queue, batches, retries, drop
/// accounting, retention) over the SQLite writer and queries. The writer is one connection that inserts each batch in
/// one transaction; queries use connections of their own, so they never wait for the writer (WAL mode). Several
/// processes may share one file: a writer that finds the file busy waits up to the connection string's
/// <c>Default Timeout</c> (30 seconds unless set). A process killed outright loses at most the records of the last
/// flush interval, and the file opens clean afterwards.
/// </summary>
public sealed class SqliteStepStore : QueuedStepStore
{
    /// <summary>Opens (and creates or upgrades) the database, and starts the writer.</summary>
    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string, for example <c>Data Source=steps.db</c>.</param>
    /// <param name="options">Queue, batch, flush and retention settings; null for the defaults.</param>
    public SqliteStepStore(string connectionString, StepStoreOptions? options = null)
        : this(Checked(connectionString, options))
    {
    }

    // The connection string and the options are checked (above) before the database is opened and a file created.
    private SqliteStepStore((string ConnectionString, StepStoreOptions? Options) store)
        : base(new SqliteRecordWriter(store.ConnectionString), new SqliteRecordQueries(store.ConnectionString), store.Options, nameof(SqliteStepStore))
    {
    }

    /// <summary>The store that queues and writes this one's records: itself (the tests reach the queue through it).</summary>
    internal QueuedStepStore Queue => this;

    private static (string, StepStoreOptions?) Checked(string connectionString, StepStoreOptions? options)
    {
        (options ?? new StepStoreOptions()).Validate();
        return (SqliteConnections.Validate(connectionString), options);
    }
}
