using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using StepLog;

var builder = WebApplication.CreateBuilder(args);

// The lines, on the steplog console. Requests run at once and their lines interleave: the [op …] prefix and a
// timestamp let you (and `steplog report`, `steplog timeline`) tell each request's run apart.
builder.Logging.AddStepLog(console =>
{
    console.IncludeOperationId = true;
    console.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
    console.UseUtcTimestamp = true;
});

// Every step of every request, kept in a SQLite file; /health reads the failure rate of the last minutes.
builder.Services.AddStepRecords(records =>
    records.UseSqlite(builder.Configuration.GetConnectionString("Steps") ?? "Data Source=steps.db"));
builder.Services.AddHealthChecks().AddStepLog();

// Traces and metrics. StepLog's spans are children of the request's span: without the ASP.NET Core instrumentation
// nothing records the request, and the default sampler (parent-based) drops StepLog's spans with it.
builder.Services.AddOpenTelemetry()
    .WithTracing(tracing =>
    {
        tracing.AddAspNetCoreInstrumentation().AddSource(StepLogging.ActivitySourceName);
        if (builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] is not null)
        {
            tracing.AddOtlpExporter();
        }
    })
    .WithMetrics(metrics => metrics.AddMeter(StepLogging.MeterName).AddPrometheusExporter());

builder.Services.AddSingleton<IOrderService, OrderService>();

var app = builder.Build();
app.MapPost("/orders/{orderId}", async (string orderId, IOrderService orders, CancellationToken ct) =>
    Results.Ok(await orders.PlaceAsync(orderId, ct)));
app.MapHealthChecks("/health");
app.MapPrometheusScrapingEndpoint();   // GET /metrics
app.Run();

public interface IOrderService
{
    Task<decimal> PlaceAsync(string orderId, CancellationToken ct);
}

public partial class OrderService(ILogger<OrderService> logger) : IOrderService
{
    [Operation("Place order", Result = "total")]
    public partial Task<decimal> PlaceAsync([Subject] string orderId, CancellationToken ct);

    [Step(1, "Validate order")]
    private partial void Validate([Log] string orderId);

    [Step(2, "Price items", Result = "total")]
    private partial Task<decimal> PriceAsync(string orderId, CancellationToken ct);

    [Step(3, "Reserve stock")]
    private partial Task ReserveAsync(string orderId, CancellationToken ct);

    private async Task<decimal> PlaceAsyncCore(string orderId, CancellationToken ct)
    {
        Validate(orderId);
        var total = await PriceAsync(orderId, ct);
        await ReserveAsync(orderId, ct);
        return total;
    }

    private void ValidateCore(string orderId)
    {
        if (!orderId.StartsWith("ord-", StringComparison.Ordinal))
        {
            throw new ArgumentException($"An order id starts with 'ord-': '{orderId}'.", nameof(orderId));
        }
    }

    private async Task<decimal> PriceAsyncCore(string orderId, CancellationToken ct)
    {
        await Task.Delay(10, ct);   // a price service
        return 42.50m;
    }

    private Task ReserveAsyncCore(string orderId, CancellationToken ct) => Task.Delay(5, ct);   // the stock database
}
