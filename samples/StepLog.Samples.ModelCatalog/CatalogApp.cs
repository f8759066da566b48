using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using StepLog.Samples.ModelCatalog.Caching;
using StepLog.Samples.ModelCatalog.Database;
using StepLog.Samples.ModelCatalog.Provider;
using StepLog.Samples.ModelCatalog.Sync;

namespace StepLog.Samples.ModelCatalog;

/// <summary>The sample's parts, wired by hand: a provider client, the database, the two cache layers, the sync.</summary>
internal sealed class CatalogApp : IDisposable
{
    private readonly SyncMetrics _metrics = new();

    public CatalogApp(ILoggerFactory loggers, CatalogDatabase database, IMemoryCache memory, SharedFileCache shared, ProviderOptions provider)
    {
        Database = database;
        Reader = new CatalogReader(loggers.CreateLogger<CatalogReader>(), database);
        Cache = new CatalogCache(loggers.CreateLogger<CatalogCache>(), memory, shared, Reader);
        Sync = new ModelSync(loggers.CreateLogger<ModelSync>(), new ProviderClient(provider), database, Cache, _metrics);
    }

    public CatalogDatabase Database { get; }

    public CatalogReader Reader { get; }

    public CatalogCache Cache { get; }

    public ModelSync Sync { get; }

    public void Dispose() => _metrics.Dispose();
}
