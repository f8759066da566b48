using Microsoft.Extensions.Logging;

namespace StepLog.Batches.Tests;

public class LineTests
{
    [Fact]
    public async Task Every_line_of_a_completed_batch_is_written_in_the_fixed_format()
    {
        using var batch = new BatchFixture();
        batch.Options.LogInterval = TimeSpan.FromSeconds(1);

        var result = await StepBatch.RunAsync("Leads", ["ada", "bob", "cy"], (lead, _) =>
        {
            batch.Clock.Advance(0.5);
            return lead == "bob" ? throw new InvalidOperationException("no such domain") : default;
        }, batch.Options, lead => lead);

        Assert.Equal(
            [
                "🚀 START: Leads (total=3)",
                "✅ [1/3] ada - SUCCESS (duration_ms=500.0)",
                "❌ [2/3] bob - FAILED: no such domain (duration_ms=500.0)",
                "📊 PROGRESS: Leads 2/3 (percentage=66.7, rate_per_second=2.0, elapsed_seconds=1.0, eta_seconds=0.5)",
                "✅ [3/3] cy - SUCCESS (duration_ms=500.0)",
                "🏁 COMPLETE: Leads (processed=3, succeeded=2, failed=1, success_rate=66.7, rate_per_second=2.0, total_duration_ms=1500.0)",
            ],
            batch.Lines);
        Assert.Equal(
            [LogLevel.Information, LogLevel.Debug, LogLevel.Error, LogLevel.Information, LogLevel.Debug, LogLevel.Information],
            batch.Capture.Entries.Select(e => e.Level));
        Assert.Equal((3, 2, 1, 0, false), (result.Processed, result.Succeeded, result.Failed, result.TimedOut, result.Interrupted));
        var error = Assert.Single(result.Errors);
        Assert.Equal(("bob", 2, "no such domain"), (error.ItemId, error.Position, error.Message));
        Assert.IsType<InvalidOperationException>(error.Exception);
        Assert.Equal(TimeSpan.FromSeconds(1.5), result.Elapsed);
    }

    [Fact]
    public async Task Without_an_item_id_the_position_names_the_item()
    {
        using var batch = new BatchFixture();

        await StepBatch.RunAsync("Numbers", [10, 20], (_, _) => default, batch.Options);

        Assert.Equal(["✅ [1/2] 1 - SUCCESS (duration_ms=0.0)", "✅ [2/2] 2 - SUCCESS (duration_ms=0.0)"], batch.Lines.Where(l => l.StartsWith("✅")));
    }

    [Fact]
    public async Task An_interrupted_batch_ends_with_INTERRUPTED_at_Warning_and_ascii_symbols_name_the_new_lines()
    {
        using var batch = new BatchFixture();
        batch.Options.LogInterval = TimeSpan.Zero;
        using var stop = new CancellationTokenSource();

        var result = await StepBatch.RunAsync("Sync", [1, 2, 3, 4], (item, _) =>
        {
            batch.Clock.Advance(1);
            if (item == 2)
            {
                stop.Cancel();
            }

            return default;
        }, batch.Options, cancellationToken: stop.Token);

        Assert.Equal("⏹️  INTERRUPTED: Sync (processed=2, total=4, succeeded=2, failed=0, total_duration_ms=2000.0)", batch.Lines[^1]);
        Assert.Equal(LogLevel.Warning, batch.Capture.Entries[^1].Level);
        Assert.True(result.Interrupted);
        Assert.Equal((2, 2, 0), (result.Processed, result.Succeeded, result.Failed));

        var ascii = batch.Capture.Entries.Select(e => ((IStepLogEntry)e.State!).Format(StepSymbols.Ascii)).ToList();
        Assert.Contains("[PROGRESS] PROGRESS: Sync 1/4 (percentage=25.0, rate_per_second=1.0, elapsed_seconds=1.0, eta_seconds=3.0)", ascii);
        Assert.Equal("[INTERRUPTED] INTERRUPTED: Sync (processed=2, total=4, succeeded=2, failed=0, total_duration_ms=2000.0)", ascii[^1]);
    }

    [Fact]
    public async Task Lines_carry_their_values_as_fields_for_structured_sinks()
    {
        using var batch = new BatchFixture();

        await StepBatch.RunAsync("Fields", ["x"], (_, _) => default, batch.Options, s => s);

        var complete = batch.Capture.Entries[^1];
        Assert.Equal("Fields", complete.Field("operation"));
        Assert.Equal(1, complete.Field("processed"));
        Assert.Equal(100.0, complete.Field("success_rate"));
        var item = batch.Capture.Entries[1];
        Assert.Equal("x", item.Field("item"));
        Assert.Equal("success", item.Field("status"));
    }

    [Fact]
    public async Task Every_line_hands_structured_sinks_its_message_template_last()
    {
        using var batch = new BatchFixture();
        batch.Options.LogInterval = TimeSpan.Zero;

        await StepBatch.RunAsync("Leads", ["ada"], (_, _) =>
        {
            batch.Clock.Advance(0.5);
            return default;
        }, batch.Options, lead => lead);

        Assert.All(batch.Capture.Entries, e => Assert.Equal("{OriginalFormat}", e.Fields[^1].Key));
        Assert.Equal(
            [
                "🚀 START: {operation:l} (total={total})",
                "✅ [{step_number}/{total_steps}] {item:l} - SUCCESS (duration_ms={duration_ms:0.0})",
                "📊 PROGRESS: {operation:l} {processed}/{total} (percentage={percentage:0.0}, rate_per_second={rate_per_second:0.0}, elapsed_seconds={elapsed_seconds:0.0}, eta_seconds={eta_seconds:0.0})",
                "🏁 COMPLETE: {operation:l} (processed={processed}, succeeded={succeeded}, failed={failed}, success_rate={success_rate:0.0}, rate_per_second={rate_per_second:0.0}, total_duration_ms={total_duration_ms:0.0})",
            ],
            batch.Capture.Entries.Select(e => e.Field("{OriginalFormat}")));
    }

    [Fact]
    public async Task Every_line_of_a_run_carries_the_runs_own_id_and_item_lines_their_place()
    {
        using var batch = new BatchFixture();
        batch.Options.LogInterval = TimeSpan.Zero;

        await StepBatch.RunAsync("First", ["a", "b"], (_, _) =>
        {
            batch.Clock.Advance(1);
            return default;
        }, batch.Options, s => s);
        var first = batch.Capture.Entries.ToList();
        await StepBatch.RunAsync("Second", ["c"], (_, _) => default, batch.Options, s => s);
        var second = batch.Capture.Entries.Skip(first.Count).ToList();

        // START, two items, a PROGRESS after each, COMPLETE: one id for all of them.
        Assert.Equal(6, first.Count);
        var id = Assert.Single(first.Select(e => e.Field("operation_id")).Distinct());
        Assert.Matches("^[0-9a-f]{16}$", (string)id!);
        Assert.Equal(id, ((IStepLogEntry)first[0].State!).OperationId);
        Assert.NotEqual(id, Assert.Single(second.Select(e => e.Field("operation_id")).Distinct()));

        var item = first[1];
        Assert.Equal(("a", 1, 2), (item.Field("item"), item.Field("step_number"), item.Field("total_steps")));
    }

    [Fact]
    public async Task Work_inside_an_item_nests_under_the_batch()
    {
        using var batch = new BatchFixture();
        var logger = batch.Options.Logger!;
        batch.Options.MaxConcurrency = 2;

        await StepBatch.RunAsync("Outer", ["a", "b"], (item, _) =>
        {
            using var op = new StepLogger(logger, "Classify " + item, totalSteps: 1);
            op.Start();
            op.Complete();
            return default;
        }, batch.Options);

        var starts = batch.Capture.Entries.Where(e => e.Message.StartsWith("🚀")).ToList();
        Assert.Equal(0, starts.Single(e => e.Message.Contains("Outer")).Field("depth"));
        Assert.All(starts.Where(e => e.Message.Contains("Classify")), e => Assert.Equal(1, e.Field("depth")));

        // The batch is ambient only while it runs: an operation started after it is at the top again.
        using var after = new StepLogger(logger, "After");
        after.Start();
        Assert.Equal(0, after.Depth);
    }
    [Fact]
    public async Task No_item_id_name_or_error_hands_a_control_character_to_structured_sinks()
    {
        using var batch = new BatchFixture();
        const string forged = "x\n🏁 COMPLETE: Forged (status=failed)\u001b[31m";

        await StepBatch.RunAsync("Leads" + forged, ["ada" + forged, "bob" + forged], (lead, _) =>
            lead.StartsWith("bob", StringComparison.Ordinal) ? throw new InvalidOperationException("down" + forged) : default,
            batch.Options, lead => lead);

        Assert.Equal(4, batch.Capture.Entries.Count);
        foreach (var entry in batch.Capture.Entries)
        {
            Assert.DoesNotContain(entry.Message, char.IsControl);
            foreach (var field in entry.Fields)
            {
                if (field.Value is string text)
                {
                    Assert.False(text.Any(char.IsControl), $"{field.Key} carries a control character: {text}");
                }
            }
        }
    }
}
