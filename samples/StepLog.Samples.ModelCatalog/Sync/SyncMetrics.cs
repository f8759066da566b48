using System.Diagnostics.Metrics;

namespace StepLog.Samples.ModelCatalog.Sync;

/// <summary>The sync's metrics: a .NET meter (for dotnet-counters or OpenTelemetry) and a row per run in the database.</summary>
internal sealed class SyncMetrics : IDisposable
{
    public const string MeterName = "StepLog.Samples.ModelCatalog";

    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _syncedModels;
    private readonly Counter<long> _syncRuns;

    public SyncMetrics()
    {
        _syncedModels = _meter.CreateCounter<long>("catalog.sync.models", unit: "{model}", description: "Models written by syncs.");
        _syncRuns = _meter.CreateCounter<long>("catalog.sync.runs", unit: "{run}", description: "Finished syncs.");
    }

    public void Record(string provider, int models)
    {
        var tag = new KeyValuePair<string, object?>("provider", provider);
        _syncedModels.Add(models, tag);
        _syncRuns.Add(1, tag);
    }

    public void Dispose() => _meter.Dispose();
}
