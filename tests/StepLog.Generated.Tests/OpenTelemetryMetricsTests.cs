using OpenTelemetry;
using OpenTelemetry.Metrics;
using StepLog.Generated.Tests.Subjects;
using StepLog.Testing;

namespace StepLog.Generated.Tests;

/// <summary>
/// What an OpenTelemetry user gets from <c>AddMeter("StepLog")</c>, through the real SDK and its in-memory exporter:
/// the instruments' names and units, StepLog's bucket boundaries applied without a view, and a point per tag set.
/// </summary>
[Collection(nameof(GlobalFactory))] // the meter provider listens process-wide; allocation tests must not see it
public sealed class OpenTelemetryMetricsTests
{
    [Fact]
    public void The_sdk_exports_step_and_operation_histograms_in_seconds_with_steplogs_buckets()
    {
        var exported = new List<Metric>();
        using (var metrics = Sdk.CreateMeterProviderBuilder().AddMeter(StepLogging.MeterName).AddInMemoryExporter(exported).Build()!)
        {
            var catalog = new Catalog(new LogCapture().CreateLogger("Tests"));
            catalog.Import("api", 2);
            catalog.Import("api", 2);
            metrics.ForceFlush();
        }

        var step = exported.Last(m => m.Name == "steplog.step.duration");
        Assert.Equal("s", step.Unit);
        Assert.Equal(MetricType.Histogram, step.MetricType);
        var readRows = Points(step).Single(p => Tag(p, "step") == "Read rows");
        Assert.Equal(("Import", "success", 2L), (Tag(readRows, "operation"), Tag(readRows, "status"), readRows.GetHistogramCount()));
        var bounds = new List<double>();
        foreach (var bucket in readRows.GetHistogramBuckets())
        {
            bounds.Add(bucket.ExplicitBound);
        }

        Assert.Equal([0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, double.PositiveInfinity], bounds);

        var operation = exported.Last(m => m.Name == "steplog.operation.duration");
        var import = Points(operation).Single(p => Tag(p, "operation") == "Import");
        Assert.Equal(("success", 2L), (Tag(import, "status"), import.GetHistogramCount()));
        Assert.True(import.GetHistogramSum() > 0);
    }

    private static List<MetricPoint> Points(Metric metric)
    {
        var points = new List<MetricPoint>();
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            points.Add(point);
        }

        return points;
    }

    private static string? Tag(MetricPoint point, string key)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key)
            {
                return tag.Value?.ToString();
            }
        }

        return null;
    }
}
