using StepLog.Cli.Input;
using StepLog.Cli.Model;

namespace StepLog.Cli.Tests.Input;

/// <summary>Hand-made lines for the shapes the story does not write: prefixes, cut lines, look-alikes.</summary>
public class TextLineParserTests
{
    private static LogEvent? Parse(string line) =>
        new LineParser(new ReadStatistics()).Parse(new RawLine(RawLineKind.Text, 7, line), "app.log");

    [Fact]
    public void The_operation_id_prefix_is_read_after_the_level_tag()
    {
        var e = Parse("[INFO] [op 3f2a9c1e] 🚀 START: Model Sync (provider=openrouter)")!;

        Assert.Equal(LogEventKind.OperationStart, e.Kind);
        Assert.Equal("3f2a9c1e", e.OperationId);
        Assert.Equal("INFO", e.Level);
        Assert.Equal("Model Sync", e.Operation);
        Assert.Equal(0, e.Depth);
        Assert.Equal(7, e.Line);
        Assert.Equal("app.log", e.File);
    }

    [Fact]
    public void A_timestamp_and_indentation_give_the_time_and_the_depth()
    {
        var e = Parse("2026-11-30 08:00:00.123         [WARN] ⚠️  [2/3] Validate - WARNING: 78 without price (valid=2756, duration_ms=1.5)")!;

        Assert.Equal(LogEventKind.StepWarning, e.Kind);
        Assert.Equal(2, e.Depth);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 8, 0, 0, 123, TimeSpan.Zero), e.Timestamp);
        Assert.Equal("78 without price", e.Text);
        Assert.Equal(1.5, e.DurationMs);
        Assert.Equal([new("valid", "2756")], e.Metadata);
    }

    [Fact]
    public void The_README_form_without_level_tags_is_read()
    {
        var e = Parse("▶️  [1/2] Fetch from provider API (provider=openrouter)")!;

        Assert.Equal(LogEventKind.StepStart, e.Kind);
        Assert.Equal("Fetch from provider API", e.Step);
        Assert.Equal(1, e.StepNumber);
        Assert.Equal(2, e.TotalSteps);
        Assert.Null(e.Operation);
    }

    [Fact]
    public void A_step_without_a_known_total_has_none()
    {
        var e = Parse("[INFO] ✅ [4] Upload - SUCCESS (duration_ms=3.0)")!;

        Assert.Equal(4, e.StepNumber);
        Assert.Null(e.TotalSteps);
    }

    [Fact]
    public void An_error_with_parentheses_stays_whole_and_the_list_after_it_is_read()
    {
        var e = Parse("[ERROR] ❌ [1/1] Parse - FAILED: Value cannot be null. (Parameter 'x') (row=3, duration_ms=1.0)")!;

        Assert.Equal("Value cannot be null. (Parameter 'x')", e.Text);
        Assert.Equal(1.0, e.DurationMs);
        Assert.Equal("3", e.Value("row"));
    }

    [Fact]
    public void The_ascii_warning_symbol_is_told_from_the_warning_level_tag()
    {
        var e = Parse("[WARN] [WARN] [1/2] Check - WARNING: disk almost full (duration_ms=2.0)")!;

        Assert.Equal(LogEventKind.StepWarning, e.Kind);
        Assert.Equal("WARN", e.Level);
        Assert.Equal("Check", e.Step);
    }

    [Theory]
    [InlineData("[INFO] Got: ✅ [1/2] x - SUCCESS")]
    [InlineData("[INFO] Processed 100 events")]
    [InlineData("    System.InvalidOperationException: database is locked")]
    [InlineData("✅ done")]
    [InlineData("[OK] all good")]
    [InlineData("🚀 STARTING: engines")]
    [InlineData("")]
    public void A_line_that_only_mentions_a_symbol_is_not_a_StepLog_line(string line) => Assert.Null(Parse(line));

    [Fact]
    public void A_line_cut_inside_its_list_keeps_what_it_has()
    {
        var complete = Parse("[INFO] 🏁 COMPLETE: Model Sync (status=succ")!;
        var success = Parse("[INFO] ✅ [1/2] Fetch - SUCCESS (raw_models=28")!;

        Assert.Equal("Model Sync", complete.Operation);
        Assert.Equal(LogEventKind.StepSuccess, success.Kind);
        Assert.Equal("Fetch", success.Step);
    }

    [Fact]
    public void Parallel_text_operations_with_the_id_prefix_are_told_apart_exactly()
    {
        var log = Support.Collected.ReadText(
            """
            [INFO] [op 00000001] 🚀 START: Fetch
            [INFO] [op 00000002] 🚀 START: Fetch
            [INFO] [op 00000001] ▶️  [1/1] Call (region=eu)
            [INFO] [op 00000002] ▶️  [1/1] Call (region=us)
            [ERROR] [op 00000002] ❌ [1/1] Call - FAILED: timeout (duration_ms=5.0)
            [INFO] [op 00000001] ✅ [1/1] Call - SUCCESS (duration_ms=4.0)
            [INFO] [op 00000001] 🏁 COMPLETE: Fetch (total_duration_ms=9.0)
            [ERROR] [op 00000002] 🏁 COMPLETE: Fetch (status=failed, error=timeout, total_duration_ms=9.5)

            """);

        Assert.Empty(log.Issues);
        var us = Assert.Single(log.Operations, o => o.OperationId == "00000002");
        Assert.Equal(OperationOutcome.Failed, us.Outcome);
        Assert.Equal("us", us.Steps[0].Start!.Value("region"));
        Assert.Equal(OperationOutcome.Succeeded, log.Operations.Single(o => o.OperationId == "00000001").Outcome);
    }

    [Fact]
    public void Step_lines_before_any_start_belong_to_an_operation_of_unknown_name_that_the_complete_names()
    {
        var log = Support.Collected.ReadText(
            """
            ✅ [2/3] Store - SUCCESS (duration_ms=1.0)
            ▶️  [3/3] Notify
            ✅ [3/3] Notify - SUCCESS (duration_ms=2.0)
            🏁 COMPLETE: Sync (total_duration_ms=9.0)

            """);

        var sync = Assert.Single(log.Operations);
        Assert.Equal("Sync", sync.Name);
        Assert.Null(sync.Start);
        Assert.Equal(["Store", "Notify"], sync.Steps.Select(s => s.Name));
    }
}
