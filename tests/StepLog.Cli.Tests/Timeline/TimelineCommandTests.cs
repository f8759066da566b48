using StepLog.Cli.Tests.Support;

namespace StepLog.Cli.Tests.Timeline;

public class TimelineCommandTests
{
    [Fact]
    public async Task Parallel_json_operations_get_lanes_of_their_own_and_nest_in_the_step_that_called_them()
    {
        using var folder = new TempFolder();
        var log = ParallelJsonLog.Write(folder.File("parallel.json"));
        var output = folder.File("trace.json");

        var result = await CliRun.RunAsync("timeline", log, "-o", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal($"Wrote '{output}': 4 operation(s), 5 step(s) on 3 lane(s); 0 line(s) skipped.", result.Lines.Single());
        var trace = TraceFile.Parse(File.ReadAllText(output));
        Assert.Empty(trace.LaneRuleViolations());
        Assert.Equal(9, trace.Events.Count);

        // Times from the timestamps and durations, in microseconds from the first START.
        var nightly = trace.Single("Nightly");
        var fetchAll = trace.Single("[1/2] Fetch all");
        var prices = trace.Single("Fetch Prices");
        var rates = trace.Single("Fetch Rates");
        var side = trace.Single("Side Job");
        Assert.Equal((0, 21_000), (nightly.Ts, nightly.Dur));
        Assert.Equal((1_000, 13_000), (fetchAll.Ts, fetchAll.Dur));
        Assert.Equal((2_000, 9_000), (prices.Ts, prices.Dur));
        Assert.Equal((4_000, 6_000), (trace.Single("[1/1] Call prices API").Ts, trace.Single("[1/1] Call prices API").Dur));

        // Nested inside the step that called them; parallel ones apart.
        Assert.True(fetchAll.Contains(prices) && fetchAll.Contains(rates));
        Assert.Equal(nightly.Tid, fetchAll.Tid);
        Assert.Equal(fetchAll.Tid, prices.Tid);
        Assert.NotEqual(prices.Tid, rates.Tid);
        Assert.NotEqual(nightly.Tid, side.Tid);
        Assert.NotEqual(rates.Tid, side.Tid);
        Assert.Equal("Nightly [1] Fetch all", rates.Args["called_in"]);

        // Status and metadata in args.
        Assert.Equal("failed", rates.Args["status"]);
        Assert.Equal("timeout", rates.Args["error"]);
        Assert.Equal("r1", rates.Args["operation_id"]);
        Assert.Equal("failed", trace.Single("[1/1] Call rates API").Args["status"]);
        Assert.Equal("success", nightly.Args["status"]);
        Assert.Equal("operation", nightly.Cat);
        Assert.Equal("step", fetchAll.Cat);
        Assert.Equal("2026-01-01T00:00:00.000000Z", trace.OtherData.GetProperty("origin").GetString());
    }

    [Fact]
    public async Task An_operation_called_in_the_millisecond_its_step_was_cut_stays_on_that_steps_lane()
    {
        // Millisecond timestamps: the step is cut where the next step starts (.322), the millisecond in which the nested
        // operation started too; so the next step and the nested operation share a start, and the log's order decides.
        using var folder = new TempFolder();
        var log = folder.File("ms.log");
        File.WriteAllLines(log,
        [
            "2026-11-30 08:54:12.321 [INFO] 🚀 START: Nightly Report",
            "2026-11-30 08:54:12.321 [INFO] ▶️  [1/2] Fetch from database",
            "2026-11-30 08:54:12.322     [INFO] 🚀 START: Database: Fetch All (table=orders)",
            "2026-11-30 08:54:12.322     [INFO] ▶️  [1/1] Query",
            "2026-11-30 08:54:12.322     [INFO] ✅ [1/1] Query - SUCCESS (rows=120, duration_ms=0.1)",
            "2026-11-30 08:54:12.322     [INFO] 🏁 COMPLETE: Database: Fetch All (total_duration_ms=0.6)",
            "2026-11-30 08:54:12.322 [INFO] ✅ [1/2] Fetch from database - SUCCESS (rows=120, duration_ms=1.6)",
            "2026-11-30 08:54:12.322 [INFO] ▶️  [2/2] Send e-mail",
            "2026-11-30 08:54:12.323 [INFO] ✅ [2/2] Send e-mail - SUCCESS (duration_ms=0.9)",
            "2026-11-30 08:54:12.323 [INFO] 🏁 COMPLETE: Nightly Report (total_duration_ms=1.9)",
        ]);
        var output = folder.File("trace.json");

        var result = await CliRun.RunAsync("timeline", log, "-o", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        var trace = TraceFile.Parse(File.ReadAllText(output));
        Assert.Empty(trace.LaneRuleViolations());
        var step = trace.Single("[1/2] Fetch from database");
        var nested = trace.Single("Database: Fetch All");
        Assert.True(step.Contains(nested), $"{step} does not contain {nested}");
        Assert.Equal(step.Tid, nested.Tid);
        Assert.Equal(step.Tid, trace.Single("[2/2] Send e-mail").Tid);
    }

    [Theory]
    [InlineData("steplog")]
    [InlineData("steplog-timestamp")]
    [InlineData("json")]
    [InlineData("serilog-text")]
    [InlineData("clef")]
    public async Task Every_log_format_StepLog_writes_gives_a_trace_that_keeps_the_lane_rule(string format)
    {
        using var folder = new TempFolder();
        var output = folder.File("trace.json");
        var expected = Collected.Read(RealLogs.Of(format));

        var result = await CliRun.RunAsync("timeline", RealLogs.Of(format), "-o", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        var trace = TraceFile.Parse(File.ReadAllText(output));
        Assert.Empty(trace.LaneRuleViolations());
        Assert.Equal(expected.Operations.Count, trace.Events.Count(e => e.Cat == "operation"));
        Assert.Equal(expected.Operations.Sum(o => o.Steps.Count), trace.Events.Count(e => e.Cat == "step"));

        // The nested operation lies inside the step that called it, on its lane.
        var step = trace.Single("[1/2] Fetch from database");
        var nested = trace.Single("Database: Fetch All");
        Assert.True(step.Contains(nested), $"{step} does not contain {nested}");
        Assert.Equal(step.Tid, nested.Tid);
        Assert.Equal("failed", trace.Single("Import Orders").Args["status"]);
        Assert.Equal("incomplete", trace.Single("Long Job").Args["status"]);
    }

    [Fact]
    public async Task A_log_without_timestamps_is_laid_out_from_its_durations_and_says_so()
    {
        using var folder = new TempFolder();
        var output = folder.File("trace.json");

        var result = await CliRun.RunAsync("timeline", RealLogs.Of("steplog"), "-o", output);

        var trace = TraceFile.Parse(File.ReadAllText(output));
        Assert.EndsWith("; times estimated from durations (no timestamps in the log).", result.Lines.Single());
        Assert.Equal("estimated from durations: the log has no timestamps", trace.OtherData.GetProperty("times").GetString());

        // One after another: each top-level operation starts where the one before it ended.
        var topLevel = trace.Events.Where(e => e.Cat == "operation" && !e.Args.ContainsKey("called_in")).OrderBy(e => e.Ts).ToList();
        for (var i = 1; i < topLevel.Count; i++)
        {
            Assert.True(topLevel[i].Ts >= topLevel[i - 1].End, $"{topLevel[i]} starts before {topLevel[i - 1]} ends");
        }
    }

    [Fact]
    public async Task Without_an_output_the_trace_goes_to_standard_output_and_the_summary_to_standard_error()
    {
        using var folder = new TempFolder();
        var log = ParallelJsonLog.Write(folder.File("parallel.json"));

        var result = await CliRun.RunAsync("timeline", log);

        Assert.Equal(9, TraceFile.Parse(result.Output).Events.Count);
        Assert.StartsWith("4 operation(s), 5 step(s)", result.Error.Trim());
    }

    [Fact]
    public async Task A_missing_file_is_exit_code_2_with_one_line()
    {
        using var folder = new TempFolder();

        var result = await CliRun.RunAsync("timeline", folder.File("nope.log"), "-o", folder.File("trace.json"));

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.StartsWith("steplog timeline: ", result.Error);
        Assert.False(File.Exists(folder.File("trace.json")));
    }

    [Fact]
    public async Task A_file_name_with_control_characters_reaches_the_error_escaped()
    {
        using var folder = new TempFolder();

        var result = await CliRun.RunAsync("timeline", folder.File("nope\u001b[2J.log"));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("steplog timeline: file not found: '" + folder.File("nope\\u001b[2J.log") + "'", result.Error.TrimEnd());
    }

    [Fact]
    public async Task A_log_with_no_operations_gives_an_empty_trace_and_page()
    {
        using var folder = new TempFolder();
        var log = folder.File("plain.log");
        File.WriteAllText(log, "just a line\nand another\n");

        var result = await CliRun.RunAsync("timeline", log, "-o", folder.File("trace.json"), "--html", folder.File("timeline.html"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(TraceFile.Parse(File.ReadAllText(folder.File("trace.json"))).Events);
        Assert.EndsWith("0 operation(s), 0 step(s) on 0 lane(s); 2 line(s) skipped.", result.Lines.Single());
        Assert.DoesNotContain("class=\"bar\"", File.ReadAllText(folder.File("timeline.html")));
    }

    [Fact]
    public async Task Control_characters_from_the_log_never_reach_the_page_raw()
    {
        using var folder = new TempFolder();
        var page = folder.File("timeline.html");

        var result = await CliRun.RunAsync("timeline", RealLogs.Of("json"), "--html", page);

        Assert.True(result.ExitCode == 0, result.ToString());
        var html = File.ReadAllText(page);
        Assert.Contains("label: \\u001b[31mred\\u001b[0m", html);
        Assert.DoesNotContain('\u001b', html);
    }
}
