using Microsoft.Extensions.Logging;
using StepLog.Generated.Tests.Subjects;
using StepLog.Testing;

namespace StepLog.Generated.Tests;

/// <summary>A failure's stack trace reads as the user's own methods: the wrappers' frames are hidden, the exception is the same object.</summary>
public class StackTraceTests
{
    public static TheoryData<bool> Pending() => new() { false, true };

    [Theory]
    [MemberData(nameof(Pending))]
    public async Task A_failure_through_generated_async_steps_shows_no_frame_of_StepLog(bool pending)
    {
        var failure = new TimeoutException("timeout");
        var sync = new ModelSync(new LogCapture().CreateLogger<ModelSync>(), new FakeProviderClient(1, 0) { Yield = pending, Failure = failure });

        var thrown = await Assert.ThrowsAsync<TimeoutException>(() => sync.SyncAsync("openrouter", CancellationToken.None));

        Assert.Same(failure, thrown);
        var frames = thrown.StackTrace!.Split('\n').Select(f => f.Trim()).Where(f => f.StartsWith("at ")).ToList();
        Assert.Contains(frames, f => f.Contains("FakeProviderClient.GetAsync"));
        Assert.Contains(frames, f => f.Contains("ModelSync.SyncAsyncCore"));
        Assert.DoesNotContain(frames, f => f.Contains("g__"));
        Assert.True(!frames.Any(f => f.Contains(".Subjects.") && f.Contains(".__")), thrown.StackTrace);
        Assert.DoesNotContain(frames, f => f.Contains("StepLog.") && !f.Contains("StepLog.Generated.Tests"));
    }

    [Fact]
    public void A_failure_through_a_generated_sync_operation_shows_no_frame_of_StepLog()
    {
        var failure = new InvalidOperationException("No valid model");
        var catalog = new Catalog(new LogCapture().CreateLogger("Catalog")) { Failure = failure };

        var thrown = Assert.Throws<InvalidOperationException>(() => catalog.Import("csv", 2));

        Assert.Same(failure, thrown);
        var frames = thrown.StackTrace!.Split('\n').Select(f => f.Trim()).ToList();
        Assert.Contains(frames, f => f.Contains("Catalog.StoreCore"));
        Assert.True(!frames.Any(f => f.Contains(".Subjects.") && f.Contains(".__")), thrown.StackTrace);
        Assert.DoesNotContain(frames, f => f.Contains("StepLog.") && !f.Contains("StepLog.Generated.Tests"));
    }
}
