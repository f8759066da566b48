using StepLog.Generated.Tests.Subjects;
using StepLog.Testing;

namespace StepLog.Generated.Tests;

/// <summary>
/// What README.md says of work an operation hands to another thread: a synchronous operation is ambient on its own
/// thread only, an async one follows its flow into the tasks it starts.
/// </summary>
[Collection(nameof(GlobalFactory))] // a store or a sampler set by another test would change the ids
public class FanOutTests
{
    [Fact]
    public void A_step_on_another_thread_does_not_see_a_synchronous_operation()
    {
        var capture = new LogCapture();

        new FanOut(capture.CreateLogger("Tests")).Run();

        var (start, step) = (capture.Entries[0], capture.Entries[1]);
        Assert.Contains("START: Fan out", start.Message, StringComparison.Ordinal);
        Assert.Contains("[1/1] Work", step.Message, StringComparison.Ordinal);
        Assert.False(step.HasField("operation_id"));
    }

    [Fact]
    public async Task A_step_in_a_task_started_by_an_async_operation_belongs_to_it()
    {
        var capture = new LogCapture();

        await new FanOut(capture.CreateLogger("Tests")).RunAsync();

        var (start, step) = (capture.Entries[0], capture.Entries[1]);
        Assert.Contains("START: Fan out async", start.Message, StringComparison.Ordinal);
        Assert.Contains("[1/1] Work async", step.Message, StringComparison.Ordinal);
        Assert.Equal(start.Field("operation_id"), step.Field("operation_id"));
    }
}
