using StepLog.Cli.Model;
using StepLog.Cli.Tests.Support;

namespace StepLog.Cli.Tests.Model;

/// <summary>The story the LogWriter tells, read back from every format StepLog's real formatters and sinks write.</summary>
public class RealLogCorrelationTests
{
    public static TheoryData<string> Formats => new(RealLogs.Formats);

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_operation_of_the_story_is_found_with_its_outcome(string format)
    {
        var log = Collected.Read(RealLogs.Of(format));

        Assert.Equal(OperationOutcome.Succeeded, log.Operation("Model Sync").Outcome);
        Assert.Equal(OperationOutcome.Failed, log.Operation("Import Orders").Outcome);
        Assert.Equal(OperationOutcome.Succeeded, log.Operation("Nightly Report").Outcome);
        Assert.Equal(OperationOutcome.Succeeded, log.Operation("Database: Fetch All").Outcome);
        Assert.Equal(OperationOutcome.Incomplete, log.Operation("Cleanup").Outcome);
        Assert.Equal(OperationOutcome.Succeeded, log.Operation("Fetch Prices").Outcome);
        Assert.Equal(OperationOutcome.Succeeded, log.Operation("Fetch Rates").Outcome);
        Assert.Equal(OperationOutcome.Failed, log.Operation("Upload").Outcome);
        Assert.Equal(OperationOutcome.Incomplete, log.Operation("Lead Classification").Outcome);
        Assert.Equal(OperationOutcome.Succeeded, log.Operation("Tricky Values").Outcome);
        Assert.Equal(OperationOutcome.Incomplete, log.Operation("Long Job").Outcome);
        Assert.Equal(11, log.Operations.Count);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_failed_step_has_its_error_and_the_line_it_was_written_on(string format)
    {
        var path = RealLogs.Of(format);
        var log = Collected.Read(path);

        var failed = Assert.Single(log.Operation("Import Orders").Steps, s => s.Outcome == StepOutcome.Failed);
        Assert.Equal("Parse rows", failed.Name);
        Assert.Equal(2, failed.Number);
        Assert.Equal(2, failed.TotalSteps);
        Assert.Equal("database is locked", failed.Text);
        Assert.NotNull(failed.DurationMs);
        var line = File.ReadAllLines(path)[failed.End!.Line - 1];
        Assert.Contains("Parse rows", line);
        Assert.Contains("database is locked", line);
        Assert.Equal("database is locked", log.Operation("Import Orders").Error);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Warnings_retries_skips_and_cancellations_end_their_steps_as_written(string format)
    {
        var log = Collected.Read(RealLogs.Of(format));

        var sync = log.Operation("Model Sync").Steps;
        Assert.Equal([StepOutcome.Succeeded, StepOutcome.Warning, StepOutcome.Succeeded], sync.Select(s => s.Outcome));
        Assert.Equal("78 models without a price", sync[1].Text);
        Assert.Equal("database busy", Assert.Single(sync[2].Retries).Text);
        Assert.Equal(1, sync[2].Retries[0].Attempt);
        Assert.Equal("2834", sync[0].End!.Value("raw_models"));

        Assert.Equal(StepOutcome.Skipped, log.Operation("Nightly Report").Steps[1].Outcome);
        Assert.Equal("nothing to send", log.Operation("Nightly Report").Steps[1].Text);
        Assert.Equal(StepOutcome.Cancelled, Assert.Single(log.Operation("Upload").Steps).Outcome);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_nested_operation_belongs_to_the_step_that_called_it(string format)
    {
        var log = Collected.Read(RealLogs.Of(format));

        var inner = log.Operation("Database: Fetch All");
        var outer = log.Operation("Nightly Report");
        Assert.Same(outer, inner.Parent);
        Assert.Equal("Fetch from database", inner.ParentStep!.Name);
        Assert.Same(inner, Assert.Single(outer.Steps[0].Children));
        Assert.Equal(["Connect", "Query"], inner.Steps.Select(s => s.Name));
        Assert.True(log.Operations.IndexOf(inner) < log.Operations.IndexOf(outer), "the inner operation ends first");
        Assert.Equal(format == "serilog-text" ? null : 1, inner.Depth);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Incomplete_operations_say_why_and_keep_their_last_step(string format)
    {
        var log = Collected.Read(RealLogs.Of(format));

        var cleanup = log.Operation("Cleanup");
        Assert.Equal(IncompleteReason.Reported, cleanup.IncompleteReason);
        Assert.Equal("Delete temp files", cleanup.LastStep!.Name);
        Assert.Equal(1, cleanup.End!.StepNumber);
        Assert.Equal(2, cleanup.End.TotalSteps);

        var batch = log.Operation("Lead Classification");
        Assert.Equal(IncompleteReason.Interrupted, batch.IncompleteReason);
        Assert.NotNull(batch.End);
        var item = Assert.Single(batch.Steps);
        Assert.Equal(("lead-1", 1, 3, StepOutcome.Succeeded), (item.Name, item.Number, item.TotalSteps, item.Outcome));
        Assert.Equal(("1", "3"), (batch.LastProgress!.Value("processed"), batch.LastProgress.Value("total")));

        var crashed = log.Operation("Long Job");
        Assert.Equal(IncompleteReason.CutOff, crashed.IncompleteReason);
        Assert.Null(crashed.End);
        Assert.Equal("Crunch numbers", crashed.LastStep!.Name);
        Assert.Equal(StepOutcome.Unfinished, crashed.LastStep.Outcome);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("clef")]
    public void Parallel_operations_with_operation_ids_are_told_apart_exactly(string format)
    {
        var log = Collected.Read(RealLogs.Of(format));

        Assert.Empty(log.Issues);
        Assert.Equal("Call prices API", Assert.Single(log.Operation("Fetch Prices").Steps).Name);
        Assert.Equal("Call rates API", Assert.Single(log.Operation("Fetch Rates").Steps).Name);
        Assert.All(log.Operations, o => Assert.Matches("^[0-9a-f]{16}$", o.OperationId!));
        Assert.Equal(log.Operations.Count, log.Operations.Select(o => o.OperationId).Distinct().Count());
    }

    [Theory]
    [InlineData("steplog")]
    [InlineData("steplog-ascii")]
    [InlineData("steplog-timestamp")]
    [InlineData("serilog-text")]
    public void Interleaved_parallel_operations_in_text_are_reported_not_guessed_silently(string format)
    {
        var log = Collected.Read(RealLogs.Of(format));

        Assert.Contains(log.Issues, i => i.Message.Contains("'Fetch Rates'") && i.Message.Contains("'Fetch Prices'"));
        Assert.Contains(log.Issues, i => i.Message.Contains("Call prices API") && i.Message.Contains("parallel"));
        // Only the parallel part is in doubt.
        Assert.All(log.Issues, i => Assert.Contains("Fetch", i.Message));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Lines_that_are_not_StepLog_lines_are_skipped_and_counted(string format)
    {
        var log = Collected.Read(RealLogs.Of(format));

        Assert.Equal(log.Events.Count, log.Statistics.Events);
        Assert.Equal(52, log.Events.Count);
        // "Processed 100 events", and in text the exception lines under the failure and the retry.
        Assert.True(log.Statistics.OtherLines >= 1, $"{log.Statistics.OtherLines} other lines");
        Assert.Equal(0, log.Statistics.InvalidLines);
        Assert.Equal(log.Statistics.Lines, log.Statistics.Events + log.Statistics.SkippedLines);
    }

    [Theory]
    [InlineData("steplog-timestamp")]
    [InlineData("json")]
    [InlineData("serilog-text")]
    [InlineData("clef")]
    public void Timestamps_are_read_where_the_format_writes_them(string format)
    {
        var log = Collected.Read(RealLogs.Of(format));

        Assert.All(log.Events, e => Assert.True(Math.Abs((DateTimeOffset.UtcNow - e.Timestamp!.Value).TotalHours) < 24, e.Raw));
    }
}

public class MixedFormatTests
{
    [Fact]
    public void One_file_may_mix_formats_line_by_line()
    {
        var text = File.ReadAllText(RealLogs.Of("steplog-ascii"));
        var json = File.ReadAllText(RealLogs.Of("json"));
        var clef = File.ReadAllText(RealLogs.Of("clef"));

        var log = Collected.ReadText(text + json + clef);

        Assert.Equal(33, log.Operations.Count);
        Assert.Equal(156, log.Events.Count);
        Assert.Equal(
            [StepLog.Cli.Model.LogFormat.StepLogText, StepLog.Cli.Model.LogFormat.JsonConsole, StepLog.Cli.Model.LogFormat.CompactJson],
            log.Events.Select(e => e.Format).Distinct());
        Assert.Equal(3, log.Operations.Count(o => o.Name == "Import Orders" && o.Outcome == OperationOutcome.Failed));
        Assert.Equal(3, log.Operations.Count(o => o.Name == "Long Job" && o.IncompleteReason == IncompleteReason.CutOff));
        Assert.Equal(3, log.Operations.Count(o => o.Name == "Lead Classification" && o.IncompleteReason == IncompleteReason.Interrupted));
    }
}
