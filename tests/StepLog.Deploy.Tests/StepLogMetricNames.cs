using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;

namespace StepLog.Deploy.Tests;

/// <summary>
/// The names under which Prometheus stores the StepLog meter's instruments, as OpenTelemetry's Prometheus exporter
/// writes them: dots become underscores, a unit in seconds adds <c>_seconds</c> (an annotation unit such as
/// <c>{item}</c> adds nothing), a counter adds <c>_total</c>, a histogram is <c>_bucket</c>, <c>_sum</c> and
/// <c>_count</c>, and both have the OpenMetrics <c>_created</c> series that Prometheus stores when it scrapes in that
/// format; up-down counters and gauges are gauges. The end-to-end test holds this naming to what a real scrape stores.
/// </summary>
internal static class StepLogMetricNames
{
    /// <summary>Series that Prometheus itself makes, which a dashboard may read beside StepLog's.</summary>
    public static readonly IReadOnlySet<string> PrometheusOwn = new HashSet<string> { "ALERTS", "ALERTS_FOR_STATE", "up" };

    public static IReadOnlySet<string> Exported { get; } = Load();

    public static IEnumerable<string> Of(Instrument instrument)
    {
        var name = instrument.Name.Replace('.', '_');
        var unit = instrument.Unit switch
        {
            null or "" => string.Empty,
            "s" => "_seconds",
            ['{', .., '}'] => string.Empty,
            var other => throw new InvalidOperationException($"Instrument {instrument.Name} has unit '{other}', whose Prometheus suffix this test does not know: add it to StepLogMetricNames."),
        };
        if (!name.EndsWith(unit, StringComparison.Ordinal))
        {
            name += unit;
        }

        var kind = instrument.GetType().GetGenericTypeDefinition();
        if (kind == typeof(Histogram<>))
        {
            return [name + "_bucket", name + "_sum", name + "_count", name + "_created"];
        }

        return kind == typeof(Counter<>) || kind == typeof(ObservableCounter<>) ? [name + "_total", name + "_created"] : [name];
    }

    private static HashSet<string> Load()
    {
        // The instruments are created when the runtime's metrics class is first used; the name is the runtime's, and a
        // rename shows here as a clear failure rather than as an empty set.
        var metrics = typeof(StepLogging).Assembly.GetType("StepLog.StepMetrics", throwOnError: true)!;
        RuntimeHelpers.RunClassConstructor(metrics.TypeHandle);

        var names = new HashSet<string>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, _) =>
            {
                if (instrument.Meter.Name == StepLogging.MeterName)
                {
                    lock (names)
                    {
                        names.UnionWith(Of(instrument));
                    }
                }
            },
        };
        listener.Start();
        return names;
    }
}
