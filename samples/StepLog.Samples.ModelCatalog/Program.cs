// A model catalog with real parts. `dotnet run -- <scenario>`:
//   sync (default)  fetch, validate, upsert into SQLite, update the caches, record metrics
//   cache-cold      both cache layers miss; the database read nests inside step 3
//   cache-hot       the memory layer hits at step 1
//   fail-timeout    the provider never answers and the client times out
//   fail-db         the database cannot be opened
// Lines go to StepLog's zero-configuration console; LOG_LEVEL=Debug adds the sample's debug lines.
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StepLog;
using StepLog.Samples.ModelCatalog;
using StepLog.Samples.ModelCatalog.Caching;
using StepLog.Samples.ModelCatalog.Database;
using StepLog.Samples.ModelCatalog.Provider;

const string Provider = "openrouter";
var scenario = args.Length > 0 ? args[0] : "sync";
var dataDirectory = Path.Combine(Path.GetTempPath(), "steplog-samples", "model-catalog");
var database = new CatalogDatabase(Path.Combine(dataDirectory, "catalog.db"));
var shared = new SharedFileCache(Path.Combine(dataDirectory, "cache"), TimeProvider.System);
var providerOptions = new ProviderOptions { CatalogDirectory = Path.Combine(AppContext.BaseDirectory, "data") };
using var memory = new MemoryCache(new MemoryCacheOptions());

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

    default:
        Console.Error.WriteLine($"Unknown scenario '{scenario}'. Use one of: sync, cache-cold, cache-hot, fail-timeout, fail-db.");
        return 2;
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
