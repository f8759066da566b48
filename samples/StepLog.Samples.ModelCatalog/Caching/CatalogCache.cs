using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using StepLog.Samples.ModelCatalog.Catalog;
using StepLog.Samples.ModelCatalog.Database;

namespace StepLog.Samples.ModelCatalog.Caching;

/// <summary>
/// The full catalog behind two cache layers: this process's memory, then the machine's shared file cache, then the
/// database. A hit ends the operation early, after step 1 or 2 of 5: a flow that
/// [Step] methods cannot express, so it is logged with a <see cref="StepLogger"/>.
/// </summary>
internal sealed class CatalogCache(ILogger<CatalogCache> logger, IMemoryCache memory, SharedFileCache shared, CatalogReader database)
{
    public const string FullCatalogKey = "models:all";
    private const string FullCatalog = "Full model catalog";
    private static readonly TimeSpan FullCatalogTtl = TimeSpan.FromSeconds(900);

    public async Task<IReadOnlyList<ApiModel>> GetFullCatalogAsync(CancellationToken cancellationToken)
    {
        using var operation = new StepLogger(logger, "Cache: Fetch Full Catalog", totalSteps: 5) { Subject = FullCatalogKey };
        operation.Start(("cache_type", "full_catalog"));
        try
        {
            operation.Step(1, "Checking local memory cache", ("cache_layer", "local_memory"));
            if (memory.TryGetValue(FullCatalogKey, out List<ApiModel>? local) && local is not null)
            {
                CatalogLog.CacheLookup(logger, "HIT", FullCatalog);
                operation.Success(("result", "HIT"), ("count", local.Count));
                operation.Complete(("source", "local_memory"), ("models", local.Count));
                return local;
            }

            CatalogLog.CacheLookup(logger, "MISS", FullCatalog);
            operation.Success(("result", "MISS"));

            operation.Step(2, "Checking shared file cache", ("cache_layer", "shared_file"));
            var fromFile = await shared.GetAsync(FullCatalogKey, CatalogJson.Default.ListApiModel, cancellationToken);
            if (fromFile is not null)
            {
                memory.Set(FullCatalogKey, fromFile, FullCatalogTtl);
                operation.Success(("result", "HIT"), ("count", fromFile.Count));
                operation.Complete(("source", "shared_file"), ("models", fromFile.Count));
                return fromFile;
            }

            operation.Success(("result", "MISS"));

            // The database read is an operation of its own: its lines nest under this step.
            operation.Step(3, "Fetching from database", ("cache_layer", "database"));
            var models = await database.FetchAllAsync(CatalogDatabase.ModelsTable, includeInactive: false, cancellationToken);
            operation.Success(("db_models", models.Count));

            operation.Step(4, "Transforming models to API format", ("count", models.Count));
            var api = models.Select(ApiModel.From).ToList();
            operation.Success(("api_models", api.Count));

            operation.Step(5, "Populating caches", ("targets", "shared_file+local"));
            await shared.SetAsync(FullCatalogKey, api, FullCatalogTtl, CatalogJson.Default.ListApiModel, cancellationToken);
            memory.Set(FullCatalogKey, api, FullCatalogTtl);
            CatalogLog.CacheSet(logger, FullCatalog, api.Count, (int)FullCatalogTtl.TotalSeconds);
            operation.Success(("shared_file", "updated"), ("local", "updated"), ("ttl", (int)FullCatalogTtl.TotalSeconds));

            operation.Complete(("source", "database"), ("models", api.Count), ("cache_status", "populated"));
            return api;
        }
        catch (Exception e)
        {
            operation.Failure(e);
            operation.Complete(e);
            throw;
        }
    }

    /// <summary>
    /// After a sync: keeps the provider's models in both layers and drops the full catalog, which the next read
    /// rebuilds from the database. Returns what the sync logs.
    /// </summary>
    public async Task<(string CacheStatus, int Ttl)> UpdateProviderAsync(string provider, IReadOnlyList<CatalogModel> models, CancellationToken cancellationToken)
    {
        var ttl = TimeSpan.FromSeconds(1800);
        var api = models.Select(ApiModel.From).ToList();
        var key = "models:" + provider;
        await shared.SetAsync(key, api, ttl, CatalogJson.Default.ListApiModel, cancellationToken);
        memory.Set(key, api, ttl);
        shared.Remove(FullCatalogKey);
        memory.Remove(FullCatalogKey);
        return ("updated", (int)ttl.TotalSeconds);
    }
}
