using System;
using Microsoft.Extensions.DependencyInjection;
using StepLog.Records;

namespace StepLog;

/// <summary>
/// Which store a host records steps to, chosen in <c>services.AddStepRecords(options =&gt; ...)</c>:
/// <c>UseSqlite(...)</c> (package StepLog.Records.Sqlite), <c>UsePostgres(...)</c> (package StepLog.Records.PostgreSql),
/// <see cref="UseInMemory"/>, or any store with <see cref="UseStore"/>.
/// </summary>
public sealed class StepRecordsOptions
{
    internal Func<IServiceProvider, IStepStore>? StoreFactory { get; private set; }

    internal string? StoreDescription { get; private set; }

    /// <summary>Records to the store that <paramref name="factory"/> creates; the container owns and disposes it.</summary>
    /// <param name="factory">Creates the store, once, from the application's services.</param>
    /// <param name="description">What the store is, for error messages (for example "SQLite").</param>
    public StepRecordsOptions UseStore(Func<IServiceProvider, IStepStore> factory, string? description = null)
    {
        if (StoreFactory is not null)
        {
            throw new InvalidOperationException(
                $"AddStepRecords was given two stores ({StoreDescription} and {description ?? "a custom store"}): choose one.");
        }

        StoreFactory = factory ?? throw new ArgumentNullException(nameof(factory));
        StoreDescription = description ?? "a custom store";
        return this;
    }

    /// <summary>Records to an <see cref="InMemoryStepStore"/>: for tests and samples, lost when the process ends.</summary>
    /// <param name="capacity">The most records kept (the oldest go first).</param>
    public StepRecordsOptions UseInMemory(int capacity = 100_000) =>
        UseStore(_ => new InMemoryStepStore(capacity), "in memory");

    internal IStepStore CreateStore(IServiceProvider services)
    {
        EnsureStoreChosen();
        return StoreFactory!(services);
    }

    internal void EnsureStoreChosen()
    {
        if (StoreFactory is null)
        {
            throw new InvalidOperationException(
                "AddStepRecords needs a store: call options.UseSqlite(\"Data Source=steps.db\") (package StepLog.Records.Sqlite), " +
                "options.UsePostgres(connectionString) (package StepLog.Records.PostgreSql) or options.UseInMemory().");
        }
    }
}
