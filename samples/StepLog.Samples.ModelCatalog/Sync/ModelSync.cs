using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Microsoft.Extensions.Logging;
using StepLog.Samples.ModelCatalog.Caching;
using StepLog.Samples.ModelCatalog.Catalog;
using StepLog.Samples.ModelCatalog.Database;
using StepLog.Samples.ModelCatalog.Provider;

namespace StepLog.Samples.ModelCatalog.Sync;

/// <summary>
/// Syncs one provider's models into the catalog in five steps. Each step is a [Step] method:
/// the generator logs its start with the [Log] parameters, its success with the named result values and the
/// duration, or its failure. The operation itself is a <see cref="StepLogger"/>, because its name comes from the
/// provider ("Openrouter Model Sync") and an attribute can only hold a constant.
/// </summary>
internal sealed partial class ModelSync(
    ILogger<ModelSync> logger, ProviderClient client, CatalogDatabase database, CatalogCache cache, SyncMetrics metrics)
{
    public async Task<int> SyncAsync(string provider, CancellationToken cancellationToken)
    {
        using var operation = new StepLogger(logger, $"{CultureInfo.InvariantCulture.TextInfo.ToTitleCase(provider)} Model Sync", totalSteps: 5) { Subject = provider };
        operation.Start(("provider", provider));
        try
        {
            var fetched = await FetchAsync(provider, cancellationToken);
            var (valid, _) = Validate(fetched, provider);
            await UpsertAsync(CatalogDatabase.ModelsTable, valid, cancellationToken);
            await UpdateCacheAsync("shared_file+local", provider, valid, cancellationToken);
            await RecordMetricsAsync(provider, valid.Count, cancellationToken);

            operation.Complete(("provider", provider), ("total_models", valid.Count), ("status", "success"));
            return valid.Count;
        }
        catch (Exception e)
        {
            // The failed step has logged its ❌ line; this closes the operation with status=failed.
            operation.Complete(e);
            throw;
        }
    }

    [Step(1, "Fetch from provider API", Result = "raw_models")]
    private partial Task<IReadOnlyList<ProviderModel>> FetchAsync([Log] string provider, CancellationToken cancellationToken);

    [Step(2, "Validate and filter models")]
    private partial (IReadOnlyList<CatalogModel> Valid, int Filtered) Validate([Log("input_count")] IReadOnlyList<ProviderModel> models, string provider);

    [Step(3, "Upsert to database")]
    private partial Task<(int Inserted, int Updated)> UpsertAsync([Log] string table, IReadOnlyList<CatalogModel> models, CancellationToken cancellationToken);

    [Step(4, "Update cache")]
    private partial Task<(string CacheStatus, int Ttl)> UpdateCacheAsync([Log] string cacheType, string provider, IReadOnlyList<CatalogModel> models, CancellationToken cancellationToken);

    [Step(5, "Record metrics", Result = "metrics")]
    private partial Task<string> RecordMetricsAsync([Log] string provider, int models, CancellationToken cancellationToken);

    private Task<IReadOnlyList<ProviderModel>> FetchAsyncCore(string provider, CancellationToken cancellationToken) =>
        client.GetModelsAsync(provider, cancellationToken);

    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "The body of an instance [Step] method is an instance method.")]
    private (IReadOnlyList<CatalogModel> Valid, int Filtered) ValidateCore(IReadOnlyList<ProviderModel> models, string provider)
    {
        var valid = new List<CatalogModel>(models.Count);
        foreach (var model in models)
        {
            if (ModelValidator.Validate(model, provider) is { } accepted)
            {
                valid.Add(accepted);
            }
        }

        return (valid, models.Count - valid.Count);
    }

    private Task<(int Inserted, int Updated)> UpsertAsyncCore(string table, IReadOnlyList<CatalogModel> models, CancellationToken cancellationToken) =>
        database.UpsertAsync(models, cancellationToken);

    private Task<(string CacheStatus, int Ttl)> UpdateCacheAsyncCore(string cacheType, string provider, IReadOnlyList<CatalogModel> models, CancellationToken cancellationToken) =>
        cache.UpdateProviderAsync(provider, models, cancellationToken);

    private async Task<string> RecordMetricsAsyncCore(string provider, int models, CancellationToken cancellationToken)
    {
        metrics.Record(provider, models);
        await database.RecordSyncAsync(provider, models, cancellationToken);
        return "recorded";
    }
}
