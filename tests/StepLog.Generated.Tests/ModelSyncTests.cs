using Microsoft.Extensions.Logging;
using StepLog.Generated.Tests.Subjects;
using StepLog.Testing;

namespace StepLog.Generated.Tests;

/// <summary>The issue's example, compiled with the generator and run: the exact lines it logs on every path.</summary>
public class ModelSyncTests
{
    private readonly LogCapture _capture = new();

    private ModelSync Create(IProviderClient client) => new(_capture.CreateLogger<ModelSync>(), client);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Logs_the_issue_example_line_for_line(bool yield)
    {
        var sync = Create(new FakeProviderClient(valid: 2756, invalid: 78) { Yield = yield });

        var valid = await sync.SyncAsync("openrouter", CancellationToken.None);

        Assert.Equal(2756, valid);
        Assert.Equal(
            [
                "🚀 START: Model Sync (provider=openrouter)",
                "▶️  [1/2] Fetch from provider API (provider=openrouter)",
                "✅ [1/2] Fetch from provider API - SUCCESS (raw_models=2834, duration_ms=#)",
                "▶️  [2/2] Validate and filter models",
                "✅ [2/2] Validate and filter models - SUCCESS (valid=2756, filtered=78, duration_ms=#)",
                "🏁 COMPLETE: Model Sync (status=success, total_duration_ms=#)",
            ],
            _capture.Lines.Select(Lines.Normalize));
        Assert.All(_capture.Entries, e => Assert.Equal(LogLevel.Information, e.Level));
        Assert.All(_capture.Entries, e => Assert.Equal(typeof(ModelSync).FullName, e.Category));
        Assert.All(_capture.Entries, e => Assert.Equal(0, e.Field("depth")));
        Assert.Equal(2834, _capture.Entries[2].Field("raw_models"));
        Assert.Equal(2, _capture.Entries[1].Field("total_steps"));
    }

    [Fact]
    public async Task A_failing_step_logs_an_error_with_the_same_exception_and_its_stack_trace()
    {
        var sync = Create(new FakeProviderClient(valid: 0, invalid: 3));

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => sync.SyncAsync("openrouter", CancellationToken.None));

        var failure = _capture.Entries.Single(e => e.Message.StartsWith('❌'));
        Assert.Equal("❌ [2/2] Validate and filter models - FAILED: No valid model (duration_ms=#)", Lines.Normalize(failure.Message));
        Assert.Equal(LogLevel.Error, failure.Level);
        Assert.Same(thrown, failure.Exception);
        Assert.Contains("ValidateCore", thrown.StackTrace, StringComparison.Ordinal);
        var complete = _capture.Entries[^1];
        Assert.Equal("🏁 COMPLETE: Model Sync (status=failed, error=No valid model, total_duration_ms=#)", Lines.Normalize(complete.Message));
        Assert.Equal(LogLevel.Error, complete.Level);
    }

    [Fact]
    public async Task A_failure_thrown_by_an_awaited_task_reaches_the_caller_as_the_same_object()
    {
        var error = new TimeoutException("Request timeout after 30s");
        var sync = Create(new FakeProviderClient(1, 0) { Yield = true, Failure = error });

        var thrown = await Assert.ThrowsAsync<TimeoutException>(() => sync.SyncAsync("openrouter", CancellationToken.None));

        Assert.Same(error, thrown);
        Assert.Equal(
            [
                "🚀 START: Model Sync (provider=openrouter)",
                "▶️  [1/2] Fetch from provider API (provider=openrouter)",
                "❌ [1/2] Fetch from provider API - FAILED: Request timeout after 30s (duration_ms=#)",
                "🏁 COMPLETE: Model Sync (status=failed, error=Request timeout after 30s, total_duration_ms=#)",
            ],
            _capture.Lines.Select(Lines.Normalize));
        Assert.Same(error, _capture.Entries[2].Exception);
        Assert.Contains(nameof(FakeProviderClient.GetAsync), thrown.StackTrace, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_logs_the_cancelled_lines_at_warning()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();
        var sync = Create(new FakeProviderClient(1, 0) { Yield = true });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sync.SyncAsync("openrouter", cancel.Token));

        Assert.Equal(
            [
                "🚀 START: Model Sync (provider=openrouter)",
                "▶️  [1/2] Fetch from provider API (provider=openrouter)",
                "⏹️  [1/2] Fetch from provider API - CANCELLED (duration_ms=#)",
                "🏁 COMPLETE: Model Sync (status=cancelled, total_duration_ms=#)",
            ],
            _capture.Lines.Select(Lines.Normalize));
        Assert.Equal(LogLevel.Warning, _capture.Entries[2].Level);
        Assert.Equal(LogLevel.Warning, _capture.Entries[3].Level);
    }

    [Fact]
    public async Task A_pending_operation_gives_its_caller_the_ambient_context_back()
    {
        var sync = Create(new FakeProviderClient(1, 0) { Yield = true });

        var pending = sync.SyncAsync("openrouter", CancellationToken.None);
        var ambientWhilePending = StepLogger.Current;
        await pending;

        Assert.Null(ambientWhilePending);
        Assert.Null(StepLogger.Current);
    }
}
