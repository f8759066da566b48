using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using StepLog.Generated.Tests.Subjects;
using StepLog.Testing;

namespace StepLog.Generated.Tests;

/// <summary>
/// Generated [Operation] and [Step] wrappers on the <c>StepLog</c> meter: every call measured per name and status,
/// whatever the level, without an allocation, and nothing while no listener is subscribed.
/// </summary>
[Collection(nameof(GlobalFactory))] // the listener is process-wide; allocation tests must not see it
public sealed class MetricsTests
{
    private const string StepDuration = "steplog.step.duration";
    private const string OperationDuration = "steplog.operation.duration";

    [Fact]
    public async Task Generated_operations_and_steps_are_measured_per_name_and_status()
    {
        using var metrics = new MetricCapture();
        var catalog = new Catalog(new LogCapture().CreateLogger("Tests"));
        for (var i = 0; i < 4; i++)
        {
            catalog.Import("api", 3);
        }

        catalog.Failure = new InvalidOperationException("disk full");
        Assert.Throws<InvalidOperationException>(() => catalog.Import("api", 3));
        catalog.Failure = new OperationCanceledException();
        Assert.Throws<OperationCanceledException>(() => catalog.Import("api", 3));
        catalog.Failure = null;
        await catalog.ExportAsync("file", yieldFirst: true);

        Assert.Equal(
            [
                "operation=Import,status=cancelled,step=Store rows: 1",
                "operation=Import,status=failed,step=Store rows: 1",
                "operation=Import,status=success,step=Read rows: 6",
                "operation=Import,status=success,step=Store rows: 4",
            ],
            CountsPerTagSet(metrics.Of(StepDuration, "operation", "Import")));
        Assert.Equal(
            [
                "operation=Import,status=cancelled: 1",
                "operation=Import,status=failed: 1",
                "operation=Import,status=success: 4",
            ],
            CountsPerTagSet(metrics.Of(OperationDuration, "operation", "Import")));

        // Export logs at Debug: measured all the same, its step after the await included.
        Assert.Equal(["operation=Export,status=success,step=Write file: 1"], CountsPerTagSet(metrics.Of(StepDuration, "operation", "Export")));
        Assert.Equal(["operation=Export,status=success: 1"], CountsPerTagSet(metrics.Of(OperationDuration, "operation", "Export")));
    }

    [Fact]
    public void Generated_calls_are_measured_when_their_level_is_disabled()
    {
        using var metrics = new MetricCapture();
        var operation = new MeasuredOperation(DisabledLogger.Instance);
        for (var i = 0; i < 10; i++)
        {
            operation.Run(i);
        }

        var steps = metrics.Of(StepDuration, "operation", "Measured sync operation");
        Assert.Equal(
            [
                "operation=Measured sync operation,status=success,step=Add: 10",
                "operation=Measured sync operation,status=success,step=Double: 10",
            ],
            CountsPerTagSet(steps));
        Assert.Equal(10, metrics.Of(OperationDuration, "operation", "Measured sync operation").Count);
        Assert.All(steps, s => Assert.InRange(s.Value, 0, 10));
    }

    [Fact]
    public async Task A_call_only_the_meter_wants_leaves_the_lines_inside_it_as_they_are_without_a_meter()
    {
        var plain = new LogCapture(LogLevel.Information);
        await RunQuietAsync(plain);
        var measured = new LogCapture(LogLevel.Information);
        using (var metrics = new MetricCapture())
        {
            await RunQuietAsync(measured);
            Assert.Single(metrics.Of(OperationDuration, "operation", "Quiet"));
            Assert.Single(metrics.Of(OperationDuration, "operation", "Quiet async"));
        }

        // The steps' own lines, at the depth and with the id (none) of the code around the operations.
        static (string, object?, bool) Shape(CapturedEntry entry) =>
            (entry.EventId.Name!, entry.Field("depth"), entry.HasField("operation_id"));
        Assert.Equal(4, plain.Entries.Count);
        Assert.All(plain.Entries, entry => Assert.Equal((0, false), ((int)entry.Field("depth")!, entry.HasField("operation_id"))));
        Assert.Equal(plain.Entries.Select(Shape), measured.Entries.Select(Shape));

        static async Task RunQuietAsync(LogCapture capture)
        {
            var quiet = new Quiet(capture.CreateLogger("Tests"));
            quiet.Run();
            await quiet.RunAsync();
        }
    }

    [Fact]
    public void Without_a_listener_a_disabled_call_goes_nowhere()
    {
        var logger = DisabledLogger.Instance;
        var step = new StepDefinition("Op", 1, "Step", 1, LogLevel.Information);

        Assert.True(GeneratedStep.Outputs(logger, step).IsNone);

        // StepOutputs is opaque to the user's assembly: its text names the outputs it holds.
        using var metrics = new MetricCapture();
        Assert.Equal("Measure", GeneratedStep.Outputs(logger, step).ToString());
        Assert.Equal("Measure", GeneratedOperation.Outputs(logger, new OperationDefinition("Op", 1, LogLevel.Information)).ToString());
    }

    [Theory]
    [InlineData(nameof(DisabledLogger))]
    [InlineData(nameof(DiscardingLogger))]
    public void A_measured_step_and_sync_operation_allocate_nothing(string logger)
    {
        ILogger instance = logger == nameof(DisabledLogger) ? DisabledLogger.Instance : DiscardingLogger.Instance;
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
        listener.SetMeasurementEventCallback<double>((_, _, _, _) => Interlocked.Increment(ref received));
        listener.Start();
        var measured = new Measured(instance);
        var operation = new MeasuredOperation(instance);

        var bytes = BytesPerCall(1000, () =>
        {
            measured.Sync(1, "n");
            operation.Run(1);
        });

        Assert.Equal(0, bytes);
        Assert.True(received >= 4000, $"only {received} measurements were received");
    }

    // Per call, as AllocationTests count: any object a call allocates is at least 24 bytes a call, while a one-off
    // allocation of the runtime's during the measured calls (seen: 264 bytes once in about twenty runs of the whole
    // suite, never with the JIT's tiering off) is not StepLog's.
    private static long BytesPerCall(int calls, Action call)
    {
        for (var i = 0; i < 100; i++)
        {
            call(); // warm-up: JIT tiers, static initialisers, first-use caches
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < calls; i++)
        {
            call();
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / calls;
    }

    private static string[] CountsPerTagSet(IEnumerable<Measurement> measurements) =>
        measurements.GroupBy(m => m.TagSet).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + ": " + g.Count()).ToArray();
}
