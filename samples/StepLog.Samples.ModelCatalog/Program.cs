// A model catalog with real parts. `dotnet run -- <scenario>`:
//   sync (default)  fetch, validate, upsert into SQLite, update the caches, record metrics
//   cache-cold      both cache layers miss; the database read nests inside step 3
//   cache-hot       the memory layer hits at step 1
//   fail-timeout    the provider never answers and the client times out
//   fail-db         the database cannot be opened
//   steps           what the runs before recorded: the steps of the last sync, and the recent errors
// Lines go to StepLog's zero-configuration console; LOG_LEVEL=Debug adds the sample's debug lines. Every run records
// its steps in steps.db, beside the catalog.

using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StepLog;
using StepLog.Samples.ModelCatalog;
using StepLog.Samples.ModelCatalog.Caching;
using StepLog.Samples.ModelCatalog.Database;
using StepLog.Samples.ModelCatalog.Provider;
using StepLog.Records;

const string Provider = "openrouter";
var scenario = args.Length > 0 ? args[0] : "sync";
var dataDirectory = Path.Combine(Path.GetTempPath(), "steplog-samples", "model-catalog");
var database = new CatalogDatabase(Path.Combine(dataDirectory, "catalog.db"));
var shared = new SharedFileCache(Path.Combine(dataDirectory, "cache"), TimeProvider.System);
var providerOptions = new ProviderOptions { CatalogDirectory = Path.Combine(AppContext.BaseDirectory, "data") };
using var memory = new MemoryCache(new MemoryCacheOptions());

// Every step of every run is recorded; disposing the store at the end writes what is still queued.
Directory.CreateDirectory(dataDirectory);
await using var steps = new SqliteStepStore("Data Source=" + Path.Combine(dataDirectory, "steps.db"));
StepLogging.UseStepStore(steps);

var loggers = StepLogging.LoggerFactory;
var log = loggers.CreateLogger("ModelCatalog");
using var app = new CatalogApp(loggers, database, memory, shared, providerOptions);

switch (scenario)
{
    case "sync":
        await app.Sync.SyncAsync(Provider, CancellationToken.None);
        return 0;

    case "cache-cold":
        await EnsureCatalogAsync();
        memory.Remove(CatalogCache.FullCatalogKey);
        shared.Remove(CatalogCache.FullCatalogKey);
        await app.Cache.GetFullCatalogAsync(CancellationToken.None);
        return 0;

    case "cache-hot":
        await EnsureCatalogAsync();
        // A first read, not logged, fills both layers; the logged read is then served from memory.
        using (var quiet = new CatalogApp(NullLoggerFactory.Instance, database, memory, shared, providerOptions))
        {
            await quiet.Cache.GetFullCatalogAsync(CancellationToken.None);
        }

        await app.Cache.GetFullCatalogAsync(CancellationToken.None);
        return 0;

    case "fail-timeout":
        using (var hanging = new CatalogApp(loggers, database, memory, shared, providerOptions with { Hang = true, Timeout = TimeSpan.FromSeconds(2) }))
        {
            try
            {
                await hanging.Sync.SyncAsync(Provider, CancellationToken.None);
            }
            catch (TimeoutException e)
            {
                CatalogLog.ProviderTimeout(log, "Openrouter", e.Message);
                return 1;
            }
        }

        return 0;

    case "fail-db":
        // A database that does not exist: the read-only connection of step 1 cannot open it.
        var missing = new CatalogDatabase(Path.Combine(dataDirectory, "offline", "catalog.db"));
        using (var offline = new CatalogApp(loggers, missing, memory, shared, providerOptions))
        {
            try
            {
                await offline.Reader.FetchAllAsync(CatalogDatabase.ModelsTable, includeInactive: false, CancellationToken.None);
            }
            catch (Microsoft.Data.Sqlite.SqliteException e)
            {
                CatalogLog.CatalogFetchFailed(log, e.Message);
                return 1;
            }
        }

        return 0;

    case "steps":
        await PrintStepsAsync();
        return 0;

    default:
        Console.Error.WriteLine($"Unknown scenario '{scenario}'. Use one of: sync, cache-cold, cache-hot, fail-timeout, fail-db, steps.");
        return 2;
}

// The records of the provider's last sync run (its subject is the provider), then the errors of the last hour.
async Task PrintStepsAsync()
{
    var recorded = await steps.GetStepsAsync(Provider);
    var lastRun = recorded.LastOrDefault(r => r.StepNumber == 0)?.OperationId;
    Console.WriteLine($"Steps of the last {Provider} sync:");
    foreach (var step in recorded.Where(r => r.OperationId == lastRun))
    {
        var duration = step.DurationMs is { } ms ? $" {ms:0.0} ms" : string.Empty;
        Console.WriteLine($"  [{step.StepNumber}/{step.TotalSteps}] {step.StepName}: {step.Status}{duration} {step.ErrorMessage}".TrimEnd());
    }

    var errors = await steps.GetRecentErrorsAsync(DateTimeOffset.UtcNow.AddHours(-1), includeWarnings: true);
    Console.WriteLine($"Errors and warnings of the last hour: {errors.Count}");
    foreach (var error in errors.Take(5))
    {
        Console.WriteLine($"  {error.SubjectId} {error.Operation} / {error.StepName}: {error.Status} {error.ErrorMessage}");
    }
}

// The cache scenarios read the catalog from the database: fill it first, without logging, if no sync ran yet.
async Task EnsureCatalogAsync()
{
    if (await database.CountModelsAsync(CancellationToken.None) > 0)
    {
        return;
    }

    using var quiet = new CatalogApp(NullLoggerFactory.Instance, database, memory, shared, providerOptions);
    await quiet.Sync.SyncAsync(Provider, CancellationToken.None);
}
