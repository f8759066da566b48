using Microsoft.Extensions.Logging;
using StepLog.Generated.Tests.Subjects;
using StepLog.Testing;

namespace StepLog.Generated.Tests;

/// <summary>Generated operations under sampling: async ones in the flow, sync ones on the thread, nested ones, in parallel.</summary>
public sealed class SamplingTests : IDisposable
{
    private readonly LogCapture _capture = new();

    // Each test samples in a configuration of its own: they run beside the others.
    private readonly IDisposable _configuration = ConfigurationScope.Begin();

    public void Dispose() => _configuration.Dispose();

    [Fact]
    public async Task At_rate_0_successful_async_operations_write_nothing_and_a_failed_one_writes_all_its_lines()
    {
        StepLogging.SuccessSampleRate = 0;
        var sync = new ModelSync(_capture.CreateLogger<ModelSync>(), new FakeProviderClient(valid: 3, invalid: 1));

        for (var i = 0; i < 1000; i++)
        {
            await sync.SyncAsync("openrouter", CancellationToken.None);
        }

        Assert.Empty(_capture.Entries);

        var failing = new ModelSync(_capture.CreateLogger<ModelSync>(), new FakeProviderClient(valid: 0, invalid: 3));
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing.SyncAsync("openrouter", CancellationToken.None));

        Assert.Equal(
            [
                "🚀 START: Model Sync (provider=openrouter)",
                "▶️  [1/2] Fetch from provider API (provider=openrouter)",
                "✅ [1/2] Fetch from provider API - SUCCESS (raw_models=3, duration_ms=#)",
                "▶️  [2/2] Validate and filter models",
                "❌ [2/2] Validate and filter models - FAILED: No valid model (duration_ms=#)",
                "🏁 COMPLETE: Model Sync (status=failed, error=No valid model, total_duration_ms=#)",
            ],
            _capture.Lines.Select(Lines.Normalize));
        Assert.Single(_capture.Entries.Select(e => e.Field("operation_id")).Distinct());
    }

    [Fact]
    public async Task At_rate_one_half_about_half_the_async_runs_are_kept_each_whole()
    {
        StepLogging.SuccessSampleRate = 0.5;
        var sync = new ModelSync(_capture.CreateLogger<ModelSync>(), new FakeProviderClient(valid: 3, invalid: 1) { Yield = true });

        for (var i = 0; i < 2000; i++)
        {
            await sync.SyncAsync("openrouter", CancellationToken.None);
        }

        var runs = _capture.Entries.GroupBy(e => (string)e.Field("operation_id")!).ToList();
        Assert.InRange(runs.Count, 800, 1200);
        Assert.All(runs, run => Assert.Equal(
            [StepEvent.OperationStart, StepEvent.StepStart, StepEvent.StepSuccess, StepEvent.StepStart, StepEvent.StepSuccess, StepEvent.OperationComplete],
            run.Select(e => (StepEvent)e.EventId.Id)));
    }

    [Fact]
    public void A_nested_synchronous_operation_follows_its_root()
    {
        StepLogging.SuccessSampleRate = 0;
        var catalog = new Catalog(_capture.CreateLogger("Catalog"), inner: new Catalog(_capture.CreateLogger("Inner")));

        catalog.Import("csv", 2);
        Assert.Empty(_capture.Entries);

        var failingInner = new Catalog(_capture.CreateLogger("Inner")) { Failure = new InvalidOperationException("disk full") };
        var failing = new Catalog(_capture.CreateLogger("Catalog"), failingInner);
        Assert.Throws<InvalidOperationException>(() => failing.Import("csv", 2));

        Assert.Equal(
            [
                "🚀 START: Import (source=csv, batch=2)",
                "▶️  [1/2] Read rows",
                "✅ [1/2] Read rows - SUCCESS (rows=2, duration_ms=#)",
                "▶️  [2/2] Store rows",
                "🚀 START: Import (source=inner, batch=1)",
                "▶️  [1/2] Read rows",
                "✅ [1/2] Read rows - SUCCESS (rows=1, duration_ms=#)",
                "▶️  [2/2] Store rows",
                "❌ [2/2] Store rows - FAILED: disk full (duration_ms=#)",
                "🏁 COMPLETE: Import (status=failed, error=disk full, total_duration_ms=#)",
                "❌ [2/2] Store rows - FAILED: disk full (duration_ms=#)",
                "🏁 COMPLETE: Import (status=failed, error=disk full, total_duration_ms=#)",
            ],
            _capture.Lines.Select(Lines.Normalize));
        Assert.Equal([0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0], _capture.Entries.Select(e => (int)e.Field("depth")!));
    }

    [Fact]
    public async Task Parallel_async_runs_each_hold_their_own_lines()
    {
        StepLogging.SuccessSampleRate = 0;
        var good = new ModelSync(_capture.CreateLogger<ModelSync>(), new FakeProviderClient(valid: 3, invalid: 1) { Yield = true });
        var bad = new ModelSync(_capture.CreateLogger<ModelSync>(), new FakeProviderClient(valid: 0, invalid: 3) { Yield = true });

        var runs = Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
        {
            try
            {
                await (i % 5 == 0 ? bad : good).SyncAsync("p" + i, CancellationToken.None);
            }
            catch (InvalidOperationException)
            {
            }
        }));
        await Task.WhenAll(runs);

        var kept = _capture.Entries.GroupBy(e => (string)e.Field("operation_id")!).ToList();
        Assert.Equal(8, kept.Count);
        Assert.All(kept, run => Assert.Equal(
            [StepEvent.OperationStart, StepEvent.StepStart, StepEvent.StepSuccess, StepEvent.StepStart, StepEvent.StepFailure, StepEvent.OperationComplete],
            run.Select(e => (StepEvent)e.EventId.Id)));
    }
}
