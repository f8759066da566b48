// The model catalog's operations, watched the way a team that runs OpenTelemetry watches a service:
//   traces   the "StepLog" activity source: a span per operation and per step
//   metrics  the "StepLog" meter: steplog.operation.duration, steplog.step.duration (histograms, seconds), and with
//            --incident the steplog.batch.* instruments of its batch
//   logs     the steplog console (each line prefixed with its run's [op …]) and OpenTelemetry's log pipeline
// OTLP export of all three when OTEL_EXPORTER_OTLP_ENDPOINT is set (e.g. http://localhost:4317, a collector);
// Prometheus text at http://localhost:9464/metrics (--port N or METRICS_PORT to change it), served until Ctrl+C.
// --incident: then an outage (failing, slow syncs; a stalled batch) until a line "recover" on standard input, for
// StepLog's alerts in deploy/prometheus to fire on and resolve.
// `dotnet run -- [--port N] [--runs N] [--no-serve] [--incident]`

using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using StepLog;
using StepLog.Samples.ModelCatalog;
using StepLog.Samples.ModelCatalog.Caching;
using StepLog.Samples.ModelCatalog.Database;
using StepLog.Samples.ModelCatalog.Provider;
using StepLog.Samples.Observability;

var settings = SampleSettings.From(args, Environment.GetEnvironmentVariable);
if (settings.Error is { } error)
{
    Console.Error.WriteLine(error);
    return 2;
}

var resource = ResourceBuilder.CreateDefault().AddService("steplog-model-catalog");
using var tracing = Telemetry.Tracing(resource, settings.Otlp);
using var metrics = Telemetry.Metrics(resource, settings.Otlp, settings.Port);
using var loggers = LoggerFactory.Create(logging =>
{
    logging.AddStepLog(console => console.IncludeOperationId = true);
    logging.AddOpenTelemetry(otel =>
    {
        otel.SetResourceBuilder(resource);
        otel.IncludeFormattedMessage = true;
        if (settings.Otlp)
        {
            otel.AddOtlpExporter();
        }
    });
});

var dataDirectory = Path.Combine(Path.GetTempPath(), "steplog-samples", "observability");
Directory.CreateDirectory(dataDirectory);
var database = new CatalogDatabase(Path.Combine(dataDirectory, "catalog.db"));
var shared = new SharedFileCache(Path.Combine(dataDirectory, "cache"), TimeProvider.System);
var providerOptions = new ProviderOptions { CatalogDirectory = Path.Combine(AppContext.BaseDirectory, "data"), Latency = TimeSpan.FromMilliseconds(20) };
using var memory = new MemoryCache(new MemoryCacheOptions());
using var app = new CatalogApp(loggers, database, memory, shared, providerOptions);
using var hanging = new CatalogApp(loggers, database, memory, shared, providerOptions with { Hang = true, Timeout = TimeSpan.FromMilliseconds(100) });

for (var run = 0; run < settings.Runs; run++)
{
    // A sync, a cold read through both cache layers to the database, a hot read from memory, and a provider that
    // times out: every status the histograms know about but "skipped" and "warning".
    await app.Sync.SyncAsync("openrouter", CancellationToken.None);
    memory.Remove(CatalogCache.FullCatalogKey);
    shared.Remove(CatalogCache.FullCatalogKey);
    await app.Cache.GetFullCatalogAsync(CancellationToken.None);
    await app.Cache.GetFullCatalogAsync(CancellationToken.None);
    try
    {
        await hanging.Sync.SyncAsync("openrouter", CancellationToken.None);
    }
    catch (TimeoutException)
    {
        // Logged as FAILED by the step and the operation; the sample goes on.
    }
}

if (!settings.Serve)
{
    return 0;
}

Console.WriteLine($"Prometheus metrics at http://localhost:{settings.Port}/metrics; Ctrl+C to stop.");
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
if (settings.Incident)
{
    // The same provider, hanging: each sync fails after a second, slower than any healthy one.
    using var failing = new CatalogApp(loggers, database, memory, shared, providerOptions with { Hang = true, Timeout = TimeSpan.FromSeconds(1) });
    await new Incident(app, failing, loggers.CreateLogger("CatalogRefresh")).RunAsync(Console.In, stop.Token);
    return 0;
}

try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
    // Ctrl+C: the providers flush what they hold as they are disposed.
}

return 0;
