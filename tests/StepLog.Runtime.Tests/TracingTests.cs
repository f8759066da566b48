using System.Diagnostics;
using StepLog.Testing;

namespace StepLog.Runtime.Tests;

/// <summary>Operations and steps are activities of the "StepLog" source when something listens, and nothing when not.</summary>
[Collection(StaticStateCollection.Name)]
public class TracingTests
{
    [Fact]
    public void Operations_and_steps_become_parent_and_child_spans()
    {
        var stopped = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == StepLogging.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Add,
        };
        ActivitySource.AddActivityListener(listener);

        var op = new StepLogger(new LogCapture().CreateLogger("Tests"), "Model Sync", 2);
        op.Start();
        var operationSpan = Activity.Current;
        op.Step(1, "Fetch from provider API");
        Assert.Equal("Fetch from provider API", Activity.Current?.DisplayName);
        op.Success();
        op.Step(2, "Validate");
        op.Failure(new InvalidOperationException("bad data"));
        op.Complete();

        Assert.Null(Activity.Current);
        var mine = stopped.Where(a => a.TraceId == operationSpan!.TraceId).ToList();
        Assert.Equal(["Fetch from provider API", "Validate", "Model Sync"], mine.Select(a => a.DisplayName));
        Assert.All(mine.Take(2), step => Assert.Equal(operationSpan!.SpanId, step.ParentSpanId));
        Assert.Equal(ActivityStatusCode.Error, mine[1].Status);
        Assert.Equal("success", mine[0].GetTagItem("steplog.status"));
    }

    [Fact]
    public void A_traced_run_takes_its_spans_id_as_its_operation_id()
    {
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == StepLogging.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);

        using var op = new StepLogger(new LogCapture().CreateLogger("Tests"), "Traced", 1);
        op.Start();

        Assert.Equal(Activity.Current!.SpanId.ToHexString(), op.OperationId);
        op.Complete();
    }

    [Fact]
    public void Without_a_listener_there_is_no_activity()
    {
        var op = new StepLogger(new LogCapture().CreateLogger("Tests"), "Quiet", 1);
        op.Start();
        op.Step(1, "Work");
        Assert.Null(Activity.Current);
        op.Success();
        op.Complete();
    }
}
