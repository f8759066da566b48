using StepLog.Generated.Tests.Subjects;
using Microsoft.Extensions.Logging;
using StepLog.Testing;

namespace StepLog.Generated.Tests;

/// <summary>
/// Every entry of a generated async operation carries its run's operation_id, also when nothing records or traces it
/// (the shared frame of its operation lends it the run's identity), and never another run's.
/// </summary>
[Collection(nameof(GlobalFactory))] // a store set by another test would change the path measured here
public class OperationIdTests
{
    [Fact]
    public async Task The_steps_of_an_async_operation_that_neither_records_nor_is_traced_carry_its_operation_id()
    {
        var capture = new LogCapture();
        var sync = new ModelSync(capture.CreateLogger<ModelSync>(), new FakeProviderClient(3, 1) { Yield = true });

        await sync.SyncAsync("first", CancellationToken.None);
        await sync.SyncAsync("second", CancellationToken.None);

        var entries = capture.Entries;
        Assert.Equal(12, entries.Count);
        Assert.All(entries, e => Assert.Matches("^[0-9a-f]{16}$", (string)e.Field("operation_id")!));
        var runs = entries.Chunk(6).Select(run => run.Select(e => e.Field("operation_id")).Distinct().Single()).ToArray();
        Assert.NotEqual(runs[0], runs[1]);
    }

    [Fact]
    public async Task Concurrent_runs_of_one_operation_each_carry_their_own_id_to_their_steps()
    {
        var capture = new LogCapture();
        var sync = new ModelSync(capture.CreateLogger<ModelSync>(), new FakeProviderClient(3, 1) { Yield = true });

        await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() => sync.SyncAsync("p" + i, CancellationToken.None))));

        var byId = capture.Entries.GroupBy(e => e.Field("operation_id")).ToArray();
        Assert.Equal(4, byId.Length);
        Assert.All(byId, run => Assert.Equal(
            ["START", "STEP1", "STEP1", "STEP2", "STEP2", "COMPLETE"],
            run.Select(e => e.Message.Contains("START", StringComparison.Ordinal) ? "START"
                : e.Message.Contains("COMPLETE", StringComparison.Ordinal) ? "COMPLETE"
                : e.Message.Contains("[1/2]", StringComparison.Ordinal) ? "STEP1" : "STEP2")));
        Assert.All(byId, run => Assert.NotNull(run.Key));
    }

    [Fact]
    public async Task Work_left_behind_by_an_ended_run_never_takes_the_id_of_the_next_run()
    {
        var capture = new LogCapture();
        var detached = new Detached(capture.CreateLogger("Tests"));
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        await detached.RunAsync(gate, leaveWork: true);
        var left = detached.Left!;
        var first = capture.Entries.Select(e => e.Field("operation_id")).Distinct().Single();

        // The next run of the same operation, at the same depth, is in progress while the left work logs its step.
        var second = detached.RunAsync(secondGate, leaveWork: false);
        gate.SetResult();
        await left;
        await second;

        var late = Assert.Single(capture.Entries, e => e.Message.Contains("Late", StringComparison.Ordinal) && e.Message.Contains("SUCCESS", StringComparison.Ordinal));
        var secondId = capture.Entries.Where(e => e.Message.Contains("START: Detach", StringComparison.Ordinal)).Select(e => e.Field("operation_id")).Last();
        Assert.NotEqual(secondId, late.HasField("operation_id") ? late.Field("operation_id") : null);
        Assert.NotEqual(first, secondId);
    }
}
