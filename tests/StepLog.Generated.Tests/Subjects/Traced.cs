using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;

namespace StepLog.Generated.Tests.Subjects;

/// <summary>An async operation whose first step awaits and whose second runs a nested operation, for the span tests.</summary>
public partial class Traced(ILogger logger, CacheWriter writer)
{
    private readonly ILogger _logger = logger;

    public Exception? StoreFailure { get; set; }

    [Operation("Catalog Sync", Result = "synced")]
    public partial Task<int> SyncAsync([Log] string provider, CancellationToken ct);

    [Step(1, "Fetch models", Result = "raw_models")]
    private partial Task<List<string>> FetchAsync([Log] string provider, CancellationToken ct);

    [Step(2, "Store models")]
    private partial Task<int> StoreAsync(List<string> models);

    private async Task<int> SyncAsyncCore(string provider, CancellationToken ct) => await StoreAsync(await FetchAsync(provider, ct));

    private async Task<List<string>> FetchAsyncCore(string provider, CancellationToken ct)
    {
        await Task.Yield();
        ct.ThrowIfCancellationRequested();
        return ["a", "b", "c"];
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private async Task<int> StoreAsyncCore(List<string> models)
    {
        await writer.WriteAsync(models.Count);
        if (StoreFailure is not null)
        {
            throw StoreFailure;
        }

        return models.Count;
    }
}

/// <summary>The nested operation: called inside a step, after an await.</summary>
public partial class CacheWriter(ILogger logger)
{
    private readonly ILogger _logger = logger;

    [Operation("Write Cache")]
    public partial Task WriteAsync([Log] int entries);

    [Step(1, "Write entries")]
    private partial void Write(int entries);

    private async Task WriteAsyncCore(int entries)
    {
        await Task.Yield();
        Write(entries);
    }

    private void WriteCore(int entries)
    {
    }
}
