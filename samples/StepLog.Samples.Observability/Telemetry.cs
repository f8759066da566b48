using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace StepLog.Samples.Observability;

/// <summary>The OpenTelemetry providers: StepLog's activity source and meter, by the names StepLog publishes.</summary>
internal static class Telemetry
{
    public static TracerProvider Tracing(ResourceBuilder resource, bool otlp)
    {
        var builder = Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(resource)
            .AddSource(StepLogging.ActivitySourceName);
        if (otlp)
        {
            builder.AddOtlpExporter();
        }

        return builder.Build()!;
    }

    /// <summary>
    /// Prometheus text at <c>http://localhost:{port}/metrics</c> (also by loopback address), and OTLP when asked. The histograms' buckets are
    /// StepLog's own advice (1 ms to 60 s), which the SDK applies without a view.
    /// </summary>
    public static MeterProvider Metrics(ResourceBuilder resource, bool otlp, int port)
    {
        var builder = Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(resource)
            .AddMeter(StepLogging.MeterName)
            .AddPrometheusHttpListener(options =>
            {
                options.Host = "localhost";
                options.Port = port;
                // HttpListener answers only the host names of its prefixes: without these, a scrape target written as
                // an address (127.0.0.1:9464) gets 404. Still loopback only.
                options.ConfigureHttpListener = (_, listener) => listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            });
        if (otlp)
        {
            builder.AddOtlpExporter();
        }

        return builder.Build()!;
    }
}
