using System;

namespace StepLog.Records;

/// <summary>
/// Keeps step records in PostgreSQL, where many worker processes (and machines) write one database: StepLog's
/// <see cref="QueuedStepStore"/> (queue, batches, retries, drop accounting, retention) over the PostgreSQL writer and
/// queries. Each batch is copied in with one binary COPY, which is atomic. The tables are created in the first schema
/// of the connection's search path (<c>Search Path=...</c> chooses another).
/// </summary>
public sealed class PostgresStepStore : QueuedStepStore
{
    /// <summary>Connects, creates or upgrades the tables, and starts the writer.</summary>
    /// <param name="connectionString">An Npgsql connection string, for example <c>Host=db;Database=app;Username=app;Password=...</c>.</param>
    /// <param name="options">Queue, batch, flush and retention settings; null for the defaults.</param>
    public PostgresStepStore(string connectionString, StepStoreOptions? options = null)
        : this(Checked(connectionString, options), options)
    {
    }

    // The options are checked (above) before connecting, for settings that cannot work.
    private PostgresStepStore(PostgresRecordWriter writer, StepStoreOptions? options)
        : base(writer, new PostgresRecordQueries(writer.DataSource), options, nameof(PostgresStepStore))
    {
    }

    /// <summary>The store that queues and writes this one's records: itself (the tests reach the queue through it).</summary>
    internal QueuedStepStore Queue => this;

    private static PostgresRecordWriter Checked(string connectionString, StepStoreOptions? options)
    {
        if (connectionString is null)
        {
            throw new ArgumentNullException(nameof(connectionString));
        }

        (options ?? new StepStoreOptions()).Validate();
        return new PostgresRecordWriter(connectionString);
    }
}
