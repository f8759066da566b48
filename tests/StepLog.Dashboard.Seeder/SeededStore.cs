using StepLog.Records;

namespace StepLog.Dashboard.Seeder;

/// <summary>
/// A SQLite steps file (or a PostgreSQL database, for a connection string with Host=) filled by <see cref="Scenarios"/>. While it is open it is the process's step store
/// (<see cref="StepLogging.UseStepStore"/>), so that a <see cref="LiveBatch"/> records into it too; disposing it
/// flushes, unsets and closes it.
/// </summary>
public sealed class SeededStore : IAsyncDisposable
{
    private SeededStore(string path, QueuedStepStore store)
    {
        Path = path;
        Store = store;
    }

    /// <summary>The SQLite file, or the PostgreSQL connection string.</summary>
    public string Path { get; }

    /// <summary>The store that wrote it, open for queries.</summary>
    public QueuedStepStore Store { get; }

    /// <summary>Runs every scenario into a new SQLite file at <paramref name="path"/> (or the PostgreSQL database a connection string with Host= names) and flushes it.</summary>
    public static async Task<SeededStore> CreateAsync(string path)
    {
        var postgres = path.Contains("Host=", StringComparison.OrdinalIgnoreCase);
        QueuedStepStore store = postgres ? new PostgresStepStore(path) : new SqliteStepStore("Data Source=" + path);
        StepLogging.UseStepStore(store);
        var seeded = new SeededStore(postgres ? path : System.IO.Path.GetFullPath(path), store);
        try
        {
            await Scenarios.RunAsync();
            await store.FlushAsync();
            return seeded;
        }
        catch
        {
            await seeded.DisposeAsync();
            throw;
        }
    }

    /// <summary>The id of the first run of <paramref name="operation"/> recorded for <paramref name="subject"/>.</summary>
    public async Task<string> RunIdAsync(string subject, string operation)
    {
        await Store.FlushAsync();
        var record = (await Store.GetStepsAsync(subject)).FirstOrDefault(r => r.Operation == operation && r.OperationId is not null)
            ?? throw new InvalidOperationException($"No run of '{operation}' was recorded for subject '{subject}'.");
        return record.OperationId!;
    }

    public async ValueTask DisposeAsync()
    {
        StepLogging.UseStepStore(null);
        await Store.FlushAsync();
        await Store.DisposeAsync();
    }
}
