using System;
using System.Collections.Generic;
using Microsoft.Extensions.Options;
using StepLog.Records;

namespace StepLog;

/// <summary>
/// Chooses the store a host records steps to, in <c>services.AddStepRecords(records =&gt; ...)</c>:
/// <c>UseSqlite(...)</c> (package StepLog.Records.Sqlite), <c>UsePostgres(...)</c> (package StepLog.Records.PostgreSql),
/// <see cref="UseInMemory"/>, or any store with <see cref="UseStore"/>. Exactly one: the choice is checked when the
/// store is first needed, and when a host starts.
/// </summary>
public sealed class StepRecordsBuilder
{
    private readonly List<(Func<IServiceProvider, IStepStore> Factory, string Description)> _stores = [];

    /// <summary>Records to the store that <paramref name="factory"/> creates; the container owns and disposes it.</summary>
    /// <param name="factory">Creates the store, once, from the application's services.</param>
    /// <param name="description">What the store is, for error messages (for example "SQLite").</param>
    public StepRecordsBuilder UseStore(Func<IServiceProvider, IStepStore> factory, string? description = null)
    {
        _stores.Add((factory ?? throw new ArgumentNullException(nameof(factory)), description ?? "a custom store"));
        return this;
    }

    /// <summary>Records to an <see cref="InMemoryStepStore"/>: for tests and samples, lost when the process ends.</summary>
    /// <param name="capacity">The most records kept (the oldest go first).</param>
    public StepRecordsBuilder UseInMemory(int capacity = 100_000) =>
        UseStore(_ => new InMemoryStepStore(capacity), "in memory");

    /// <summary>
    /// What the first-party stores' <c>UseSqlite</c> and <c>UsePostgres</c> share: the connection string checked now,
    /// the options configured now, and the store created when the host starts.
    /// </summary>
    internal StepRecordsBuilder UseConnectionStore(
        string connectionString, Action<StepStoreOptions>? configure, Func<string, StepStoreOptions, IStepStore> create, string description)
    {
        if (connectionString is null)
        {
            throw new ArgumentNullException(nameof(connectionString));
        }

        var storeOptions = new StepStoreOptions();
        configure?.Invoke(storeOptions);
        return UseStore(_ => create(connectionString, storeOptions), description);
    }

    internal IStepStore CreateStore(IServiceProvider services) => _stores[0].Factory(services);

    /// <summary>What the chosen store is, for error messages.</summary>
    internal string StoreDescription => _stores.Count > 0 ? _stores[0].Description : "no store";

    /// <summary>What is wrong with the choice, saying what to do; null when exactly one store was chosen.</summary>
    internal string? Problem() => _stores.Count switch
    {
        1 => null,
        0 => "AddStepRecords needs a store: call records.UseSqlite(\"Data Source=steps.db\") (package StepLog.Records.Sqlite), " +
             "records.UsePostgres(connectionString) (package StepLog.Records.PostgreSql) or records.UseInMemory().",
        _ => $"AddStepRecords was given {_stores.Count} stores ({string.Join(" and ", _stores.ConvertAll(store => store.Description))}): choose one.",
    };

    /// <summary>Checks the choice when the builder is first read, and at a host's start.</summary>
    internal sealed class Validation : IValidateOptions<StepRecordsBuilder>
    {
        public ValidateOptionsResult Validate(string? name, StepRecordsBuilder options) =>
            options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
