using Microsoft.Extensions.Logging;

namespace StepLog.Samples.ModelCatalog;

/// <summary>The sample's own plain log lines, beside StepLog's (the [DEBUG] and [ERROR] lines around them).</summary>
internal static partial class CatalogLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Fetched batch {Batch}: {Count} models (offset={Offset}, total={Total})")]
    public static partial void FetchedBatch(ILogger logger, int batch, int count, int offset, int total);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Cache {Result}: {What}")]
    public static partial void CacheLookup(ILogger logger, string result, string what);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Cache SET: {What} ({Count} models, TTL: {TtlSeconds}s)")]
    public static partial void CacheSet(ILogger logger, string what, int count, int ttlSeconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Provider} timeout error: {Error}")]
    public static partial void ProviderTimeout(ILogger logger, string provider, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Provider} sync failed: {Error}")]
    public static partial void SyncFailed(ILogger logger, string provider, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Error fetching all models for catalog: {Error}")]
    public static partial void CatalogFetchFailed(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "{What}")]
    public static partial void Note(ILogger logger, string what);
}
