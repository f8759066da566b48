using System.Collections.Concurrent;
using System.Diagnostics;

namespace StepLog.Batches.Tests;

[CollectionDefinition(nameof(TracingTests), DisableParallelization = true)]
public sealed class TracingTestsCollection;

/// <summary>
/// A batch is a span of the <c>StepLog</c> source when something listens. Alone in its collection: the listener is
/// process-wide, and the other tests' batches must not be traced while it listens.
/// </summary>
[Collection(nameof(TracingTests))]
public sealed class TracingTests : IDisposable
{
    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly ActivityListener _listener;

    public TracingTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == StepLogging.ActivitySourceName,
            Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Dispose() => _listener.Dispose();

    [Fact]
    public async Task The_operations_of_its_items_are_children_of_its_span_and_its_lines_carry_the_spans_ids()
    {
        using var batch = new BatchFixture();
        batch.Options.MaxConcurrency = 2;
        var logger = batch.Options.Logger!;

        await StepBatch.RunAsync("Traced", ["a", "b"], (item, _) =>
        {
            using var op = new StepLogger(logger, "Classify " + item, totalSteps: 1);
            op.Start();
            op.Complete();
            return default;
        }, batch.Options, s => s);

        var span = Assert.Single(_stopped, a => a.DisplayName == "Traced");
        var operations = _stopped.Where(a => a.DisplayName.StartsWith("Classify", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, operations.Count);
        Assert.All(operations, operation => Assert.Equal(span.SpanId, operation.ParentSpanId));
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
        Assert.Equal(("success", 2, 0), (span.GetTagItem("steplog.status"), span.GetTagItem("steplog.processed"), span.GetTagItem("steplog.failed")));

        var lines = batch.Capture.Entries.Where(e => Equals(e.Field("operation"), "Traced")).ToList();
        Assert.Equal(4, lines.Count); // START, two items, COMPLETE
        Assert.All(lines, line => Assert.Equal(span.SpanId.ToHexString(), line.Field("operation_id")));
        Assert.All(lines, line => Assert.Equal(span.TraceId.ToHexString(), line.Field("trace_id")));
        Assert.Null(Activity.Current);
    }

    [Fact]
    public async Task An_interrupted_batch_is_an_error_that_says_how_far_it_got()
    {
        using var batch = new BatchFixture();
        batch.Options.MaxConcurrency = 1;
        using var stop = new CancellationTokenSource();

        await StepBatch.RunAsync("Stopped", [1, 2, 3], (_, _) =>
        {
            stop.Cancel();
            return default;
        }, batch.Options, cancellationToken: stop.Token);

        var span = Assert.Single(_stopped, a => a.DisplayName == "Stopped");
        Assert.Equal((ActivityStatusCode.Error, "interrupted after 1/3 items"), (span.Status, span.StatusDescription));
        Assert.Equal(("interrupted", "interrupted", 1), (span.GetTagItem("steplog.status"), span.GetTagItem("error.type"), span.GetTagItem("steplog.processed")));
    }
}
