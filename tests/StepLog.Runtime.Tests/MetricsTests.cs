using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using StepLog.Testing;

namespace StepLog.Runtime.Tests;

/// <summary>
/// The <c>StepLog</c> meter, seen through a <see cref="MeterListener"/>: a duration per step and per operation, tagged
/// with names and a status only, whatever the level, and nothing at all while no listener is subscribed.
/// </summary>
[Collection(StaticStateCollection.Name)] // the listener is process-wide; allocation tests must not see it
public sealed class MetricsTests
{
    private const string StepDuration = "steplog.step.duration";
    private const string OperationDuration = "steplog.operation.duration";

    [Fact]
    public void Every_step_and_operation_is_measured_per_name_and_status()
    {
        using var metrics = new MetricCapture();
        var logger = new LogCapture().CreateLogger("Tests");
        for (var run = 0; run < 3; run++)
        {
            using var op = new StepLogger(logger, "Metrics Workload", 5);
            op.Start();
            op.Step(1, "Fetch");
            op.Success(("subject", "doc" + run));
            op.Step(2, "Validate");
            op.Warning("2 entries without a price");
            op.Step(3, "Store");
            op.Failure(new InvalidOperationException("disk full"));
            op.Step(4, "Cache");
            op.Skip("cache is off");
            op.Step(5, "Notify");
            op.Failure(new OperationCanceledException());
            if (run == 0)
            {
                op.Complete();
            }
            else if (run == 1)
            {
                op.Complete(new InvalidOperationException("store failed"));
            }

            // run 2 is disposed without Complete: incomplete.
        }

        using (var cancelled = new StepLogger(logger, "Metrics Workload", 5))
        {
            cancelled.Start();
            cancelled.Complete(new OperationCanceledException());
        }

        var steps = metrics.Of(StepDuration, "operation", "Metrics Workload");
        Assert.Equal(15, steps.Count);
        Assert.Equal(
            [
                "operation=Metrics Workload,status=cancelled,step=Notify: 3",
                "operation=Metrics Workload,status=failed,step=Store: 3",
                "operation=Metrics Workload,status=skipped,step=Cache: 3",
                "operation=Metrics Workload,status=success,step=Fetch: 3",
                "operation=Metrics Workload,status=warning,step=Validate: 3",
            ],
            CountsPerTagSet(steps));

        var operations = metrics.Of(OperationDuration, "operation", "Metrics Workload");
        Assert.Equal(
            [
                "operation=Metrics Workload,status=cancelled: 1",
                "operation=Metrics Workload,status=failed: 1",
                "operation=Metrics Workload,status=incomplete: 1",
                "operation=Metrics Workload,status=success: 1",
            ],
            CountsPerTagSet(operations));
        Assert.All(steps.Concat(operations), m => Assert.InRange(m.Value, 0, 60));
    }

    [Fact]
    public void A_duration_is_in_seconds_and_an_operation_lasts_at_least_its_steps()
    {
        using var metrics = new MetricCapture();
        using var op = new StepLogger(new LogCapture().CreateLogger("Tests"), "Metrics Seconds", 1);
        op.Start();
        op.Step(1, "Wait");
        Thread.Sleep(30);
        op.Success();
        op.Complete();

        var step = Assert.Single(metrics.Of(StepDuration, "operation", "Metrics Seconds"));
        var operation = Assert.Single(metrics.Of(OperationDuration, "operation", "Metrics Seconds"));
        Assert.InRange(step.Value, 0.025, 10);
        Assert.True(operation.Value >= step.Value, $"operation {operation.Value} s < step {step.Value} s");
    }

    [Fact]
    public void Steps_are_measured_when_their_level_is_disabled()
    {
        using var metrics = new MetricCapture();
        var capture = new LogCapture(LogLevel.Warning);
        using var op = new StepLogger(capture.CreateLogger("Tests"), "Metrics Disabled Level", 1, LogLevel.Debug);
        op.Start();
        op.Step(1, "Quiet");
        op.Success(("metadata_value", "not a tag"));
        op.Complete();

        Assert.Empty(capture.Entries);
        var step = Assert.Single(metrics.Of(StepDuration, "operation", "Metrics Disabled Level"));
        Assert.Equal("operation=Metrics Disabled Level,status=success,step=Quiet", step.TagSet);
        Assert.Single(metrics.Of(OperationDuration, "operation", "Metrics Disabled Level"));
    }

    [Fact]
    public void Nothing_is_measured_once_the_listener_is_gone()
    {
        var metrics = new MetricCapture();
        metrics.Dispose();
        using var other = new MetricCapture("Another meter");

        using var op = new StepLogger(new LogCapture().CreateLogger("Tests"), "Metrics Unheard", 1);
        op.Start();
        op.Step(1, "Work");
        op.Success();
        op.Complete();

        Assert.Empty(metrics.Measurements);
        Assert.Empty(other.Measurements);
        Assert.False(StepMetrics.StepDuration.Enabled);
        Assert.False(StepMetrics.OperationDuration.Enabled);
    }

    [Fact]
    public void A_measured_step_allocates_nothing()
    {
        var received = 0;
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == StepLogging.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((_, _, _, _) => received++);
        listener.Start();

        using var op = new StepLogger(DisabledLogger.Instance, "Metrics Allocation", 1);
        op.Start();
        op.Step(1, "Warm up");
        op.Success();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            op.Step(1, "Measured");
            op.Success(("count", i));
        }

        var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        op.Complete();

        Assert.Equal(0, bytes);
        Assert.True(received >= 1001, $"only {received} measurements were received");
    }

    [Fact]
    public void A_listener_that_throws_costs_the_measurement_not_the_step()
    {
        var faults = new List<Exception>();
        var previous = StepLogging.LoggingFault;
        StepLogging.LoggingFault = faults.Add;
        try
        {
            using var listener = new MeterListener
            {
                InstrumentPublished = (instrument, l) =>
                {
                    if (instrument.Meter.Name == StepLogging.MeterName)
                    {
                        l.EnableMeasurementEvents(instrument);
                    }
                },
            };
            listener.SetMeasurementEventCallback<double>((_, _, _, _) => throw new InvalidOperationException("exporter is broken"));
            listener.Start();

            using var op = new StepLogger(new LogCapture().CreateLogger("Tests"), "Metrics Broken Listener", 1);
            op.Start();
            op.Step(1, "Work");
            op.Success();
            op.Complete();
        }
        finally
        {
            StepLogging.LoggingFault = previous;
        }

        Assert.Contains(faults, f => f.Message == "exporter is broken");
    }

    private static string[] CountsPerTagSet(IEnumerable<Measurement> measurements) =>
        measurements.GroupBy(m => m.TagSet).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + ": " + g.Count()).ToArray();
}
