using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using StepLog.Testing;

namespace StepLog.Runtime.Tests;

/// <summary>The two outcomes that complete the status set: WARNING ends a step, RETRY leaves it in progress.</summary>
public class WarningAndRetryTests
{
    private readonly LogCapture _capture = new();

    private ILogger Logger => _capture.CreateLogger("Tests");

    private static string Normalize(string line) => Regex.Replace(line, @"duration_ms=\d+\.\d", "duration_ms=#");

    [Fact]
    public void Warning_and_retry_lines_have_their_exact_text_and_level()
    {
        var timeout = new TimeoutException("gateway timeout");
        using var op = new StepLogger(Logger, "Import", totalSteps: 2);
        op.Start();
        op.Step(1, "Fetch");
        op.Retry(timeout, 1, ("url", "/a"));
        op.Retry(timeout, 2);
        op.Success(("rows", 3));
        op.Step(2, "Validate");
        op.Warning("3 rows without price", ("rows", 3));
        op.Complete();

        Assert.Equal(
            [
                "🚀 START: Import",
                "▶️  [1/2] Fetch",
                "🔁 [1/2] Fetch - RETRY 1: gateway timeout (url=/a, duration_ms=#)",
                "🔁 [1/2] Fetch - RETRY 2: gateway timeout (duration_ms=#)",
                "✅ [1/2] Fetch - SUCCESS (rows=3, duration_ms=#)",
                "▶️  [2/2] Validate",
                "⚠️  [2/2] Validate - WARNING: 3 rows without price (rows=3, duration_ms=#)",
                "🏁 COMPLETE: Import (total_duration_ms=#)",
            ],
            _capture.Lines.Select(Normalize));
        Assert.Equal(
            [LogLevel.Information, LogLevel.Information, LogLevel.Warning, LogLevel.Warning, LogLevel.Information, LogLevel.Information, LogLevel.Warning, LogLevel.Information],
            _capture.Entries.Select(e => e.Level));
        Assert.Same(timeout, _capture.Entries[2].Exception);
        Assert.Equal((int)StepEvent.StepRetry, _capture.Entries[2].EventId.Id);
        Assert.Equal((int)StepEvent.StepWarning, _capture.Entries[6].EventId.Id);
    }

    [Fact]
    public void Warning_and_retry_expose_their_fields_and_ascii_symbols()
    {
        using var op = new StepLogger(Logger, "Import", totalSteps: 1);
        op.Start();
        op.Step(1, "Fetch");
        op.Retry(new InvalidOperationException("busy"), 4);
        op.Warning("slow");

        var retry = _capture.Entries[2];
        Assert.Equal(["operation", "step", "step_number", "total_steps", "depth", "status", "attempt", "error", "duration_ms", "operation_id", "{OriginalFormat}"], retry.Fields.Select(f => f.Key));
        Assert.Equal(("retry", 4, "busy"), (retry.Field("status"), retry.Field("attempt"), retry.Field("error")));
        Assert.Equal("🔁 [{step_number}/{total_steps}] {step:l} - RETRY {attempt}: {error:l} (duration_ms={duration_ms:0.0})", retry.Field("{OriginalFormat}"));
        var warning = _capture.Entries[3];
        Assert.Equal(("warning", "slow"), (warning.Field("status"), warning.Field("message")));
        Assert.Equal("⚠️  [{step_number}/{total_steps}] {step:l} - WARNING: {message:l} (duration_ms={duration_ms:0.0})", warning.Field("{OriginalFormat}"));

        Assert.StartsWith("[RETRY] [1/1] Fetch - RETRY 4: busy (duration_ms=", Assert.IsAssignableFrom<IStepLogEntry>(retry.State).Format(StepSymbols.Ascii), StringComparison.Ordinal);
        Assert.StartsWith("[WARN] [1/1] Fetch - WARNING: slow (duration_ms=", Assert.IsAssignableFrom<IStepLogEntry>(warning.State).Format(StepSymbols.Ascii), StringComparison.Ordinal);
    }

    [Fact]
    public void A_warning_ends_the_step_so_a_later_outcome_writes_nothing()
    {
        using var op = new StepLogger(Logger, "Import", totalSteps: 1);
        op.Start();
        op.Step(1, "Fetch");
        op.Warning("partial");
        op.Success();

        Assert.Equal(3, _capture.Entries.Count);
    }
}
