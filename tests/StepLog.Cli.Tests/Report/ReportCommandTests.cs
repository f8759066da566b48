using System.Text;
using System.Text.Json;
using StepLog.Cli.Tests.Support;

namespace StepLog.Cli.Tests.Report;

public class ReportCommandTests
{
    [Theory]
    [MemberData(nameof(Model.RealLogCorrelationTests.Formats), MemberType = typeof(Model.RealLogCorrelationTests))]
    public void The_JSON_report_of_the_story_has_the_documented_shape_and_findings(string format)
    {
        var path = RealLogs.Of(format);

        var (exit, output, error) = Tool.Run("report", path, "--format", "json");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(["operations", "failed", "incomplete", "slow_steps", "skipped_lines", "correlation_issues"], root.EnumerateObject().Select(p => p.Name));
        var operations = root.GetProperty("operations");
        Assert.Equal((11, 6, 2, 3), (operations.GetProperty("total").GetInt32(), operations.GetProperty("succeeded").GetInt32(), operations.GetProperty("failed").GetInt32(), operations.GetProperty("incomplete").GetInt32()));

        var failed = root.GetProperty("failed").EnumerateArray().ToList();
        Assert.Equal(["operation", "operation_id", "step", "step_number", "error", "file", "line"], failed[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(("Import Orders", "Parse rows", 2, "database is locked"), (failed[0].GetProperty("operation").GetString(), failed[0].GetProperty("step").GetString(), failed[0].GetProperty("step_number").GetInt32(), failed[0].GetProperty("error").GetString()));
        Assert.Contains("Parse rows", File.ReadAllLines(path)[failed[0].GetProperty("line").GetInt32() - 1]);
        Assert.Equal(("Upload", JsonValueKind.Null, "cancelled"), (failed[1].GetProperty("operation").GetString(), failed[1].GetProperty("step").ValueKind, failed[1].GetProperty("error").GetString()));

        var incomplete = root.GetProperty("incomplete").EnumerateArray().ToList();
        Assert.Equal(["operation", "operation_id", "last_step", "last_step_number", "reason", "last_progress", "file", "line"], incomplete[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal([1, 1, 1], incomplete.Select(i => i.GetProperty("last_step_number").GetInt32()));
        Assert.Equal(JsonValueKind.Null, incomplete[0].GetProperty("last_progress").ValueKind);
        var progress = incomplete[1].GetProperty("last_progress");
        Assert.Equal((1, 3), (progress.GetProperty("processed").GetInt32(), progress.GetProperty("total").GetInt32()));
        Assert.Equal(
            ["Cleanup/Delete temp files/incomplete", "Lead Classification/lead-1/interrupted", "Long Job/Crunch numbers/cut_off"],
            incomplete.Select(i => i.GetProperty("operation").GetString() + "/" + i.GetProperty("last_step").GetString() + "/" + i.GetProperty("reason").GetString()));
        Assert.True(root.GetProperty("skipped_lines").GetInt32() >= 1);
        Assert.Equal(format is "json" or "clef", failed[0].GetProperty("operation_id").ValueKind == JsonValueKind.String);
    }

    [Fact]
    public void Slow_steps_have_exact_percentiles_and_only_steps_with_a_run_over_the_threshold_are_listed()
    {
        var log = new StringBuilder("🚀 START: Sync\n");
        for (var i = 1; i <= 100; i++)
        {
            log.Append($"▶️  [1/2] Fetch\n✅ [1/2] Fetch - SUCCESS (duration_ms={i}.0)\n▶️  [2/2] Store\n✅ [2/2] Store - SUCCESS (duration_ms=2.0)\n");
        }

        log.Append("🏁 COMPLETE: Sync\n");

        var (exit, output, _) = Tool.Run("report", Tool.File(log.ToString()), "--slow", "90ms", "--format", "json", "--fail-on", "slow");

        Assert.Equal(1, exit);
        var slow = Assert.Single(JsonDocument.Parse(output).RootElement.GetProperty("slow_steps").EnumerateArray());
        Assert.Equal(("Sync", "Fetch", 100, 50.0, 95.0, 100.0), (slow.GetProperty("operation").GetString(), slow.GetProperty("step").GetString(), slow.GetProperty("count").GetInt32(), slow.GetProperty("p50_ms").GetDouble(), slow.GetProperty("p95_ms").GetDouble(), slow.GetProperty("max_ms").GetDouble()));
    }

    [Theory]
    [InlineData("failed", 1)]
    [InlineData("incomplete", 1)]
    [InlineData("slow", 0)]
    [InlineData("any", 1)]
    [InlineData("slow,failed", 1)]
    public void Fail_on_sets_the_exit_code_for_what_it_names(string condition, int expected)
    {
        Assert.Equal(expected, Tool.Run("report", RealLogs.Of("steplog"), "--fail-on", condition).Exit);
    }

    [Fact]
    public void Without_fail_on_findings_still_exit_zero() => Assert.Equal(0, Tool.Run("report", RealLogs.Of("steplog")).Exit);

    [Fact]
    public void The_plain_text_report_lists_findings_by_file_and_line_and_counts_what_it_skipped()
    {
        var path = RealLogs.Of("steplog");

        var (_, output, _) = Tool.Run("report", path);

        Assert.Contains("Operations: 11 total, 6 succeeded, 2 failed, 3 incomplete", output);
        Assert.Contains("Lead Classification: INTERRUPTED (stopped by a signal, its timeout or its caller), last step [1/3] lead-1, 1/3 items done when it stopped", output);
        Assert.Matches(@"steplog\.log:\d+  Import Orders \[2/2\] Parse rows: database is locked", output);
        Assert.Contains("Long Job: cut off (its file ends while it runs), last step [1/3] Crunch numbers", output);
        Assert.Contains("Could not be untangled (2)", output);
        Assert.Contains("52 StepLog lines, 3 skipped (3 other logging)", output);
        Assert.DoesNotContain('\u001b', output);
    }

    [Fact]
    public void ANSI_escapes_in_errors_reach_no_output_raw()
    {
        var path = Tool.File(
            """
            {"EventId":1,"State":{"operation":"Sync","depth":0}}
            {"EventId":4,"State":{"operation":"Sync","step":"Wipe","step_number":1,"total_steps":1,"depth":0,"error":"\u001b[2J\u001b]0;pwned\u0007 boom","duration_ms":1.0}}
            {"EventId":7,"State":{"operation":"Sync","depth":0}}

            """);

        foreach (var format in new[] { "text", "json", "csv" })
        {
            var (_, output, _) = Tool.Run("report", path, "--format", format);
            Assert.Contains("boom", output);
            Assert.DoesNotContain('\u001b', output);
            Assert.DoesNotContain('\u0007', output);
        }

        Assert.Contains(@"\u001b[2J\u001b]0;pwned\u0007 boom", Tool.Run("report", path).Output);
    }

    [Fact]
    public void A_batch_cut_off_says_how_far_its_last_progress_got_when_its_items_were_not_logged()
    {
        // Items are logged at Debug by default: a console at Information shows the batch's START and PROGRESS lines only.
        var log = Tool.File("""
            [INFO] 🚀 START: Lead Classification (total=500)
            [INFO] 📊 PROGRESS: Lead Classification 98/500 (percentage=19.6, rate_per_second=9.8, elapsed_seconds=10.0, eta_seconds=41.0)
            [INFO] 📊 PROGRESS: Lead Classification 212/500 (percentage=42.4, rate_per_second=10.6, elapsed_seconds=20.0, eta_seconds=27.2)
            """);

        var (_, output, _) = Tool.Run("report", log);

        Assert.Contains("Lead Classification: cut off (its file ends while it runs), no step started, 212/500 items done at its last PROGRESS", output);
        Assert.Contains("3 StepLog lines, none skipped", output);
    }

    [Fact]
    public void CSV_has_one_row_per_finding_under_a_fixed_header()
    {
        var lines = Tool.Run("report", RealLogs.Of("clef"), "--format", "csv").Output.TrimEnd().Split('\n');

        Assert.Equal("finding,operation,operation_id,step,step_number,error,file,line,count,p50_ms,p95_ms,max_ms", lines[0]);
        Assert.Equal(["failed", "failed", "incomplete", "incomplete", "incomplete"], lines.Skip(1).Select(l => l.Split(',')[0]));
    }

    [Fact]
    public void CSV_cells_a_spreadsheet_would_run_as_formulas_are_written_as_text()
    {
        var log = Tool.File(
            """
            🚀 START: @SUM(A1:A9)
            ▶️  [1/2] =HYPERLINK("http://evil.example","click")
            ❌ [1/2] =HYPERLINK("http://evil.example","click") - FAILED: +cmd|'/c calc'!A1
            ▶️  [2/2] -2+3
            ✅ [2/2] -2+3 - SUCCESS (duration_ms=5000.0)
            🏁 COMPLETE: @SUM(A1:A9) (status=failed)

            """);

        var lines = Tool.Run("report", log, "--format", "csv").Output.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

        Assert.Equal("failed,'@SUM(A1:A9),,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",1,'+cmd|'/c calc'!A1," + log + ",3,,,,", lines[1]);
        Assert.Equal("slow,'@SUM(A1:A9),,'-2+3,,,,,1,5000.0,5000.0,5000.0", lines[2]);
        Assert.All(lines.SelectMany(l => l.Split(',')), cell => Assert.DoesNotMatch("^[=+@-]", cell));
    }

    [Fact]
    public void A_CSV_cell_that_starts_with_a_tab_or_a_carriage_return_is_written_as_text()
    {
        var log = Tool.File(
            """
            {"EventId":1,"State":{"operation":"Sync","depth":0}}
            {"EventId":4,"State":{"operation":"Sync","step":"\r=1+1","step_number":1,"total_steps":1,"depth":0,"error":"\t=1+1","duration_ms":1.0}}
            {"EventId":7,"State":{"operation":"Sync","depth":0}}

            """);

        var failed = Tool.Run("report", log, "--format", "csv").Output.Split('\n')[1];

        Assert.StartsWith(@"failed,Sync,,'\r=1+1,1,'\t=1+1,", failed);
    }

    [Fact]
    public void A_missing_file_is_exit_code_2_with_one_line()
    {
        var (exit, output, error) = Tool.Run("report", "no-such.log");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal("steplog: file not found: 'no-such.log'" + Environment.NewLine, error);
    }

    [Theory]
    [InlineData("--slow", "fast")]
    [InlineData("--fail-on", "sometimes")]
    public void A_bad_option_value_is_exit_code_2_and_named(string option, string value)
    {
        var (exit, _, error) = Tool.Run("report", RealLogs.Of("steplog"), option, value);

        Assert.Equal(2, exit);
        Assert.Contains(value, error);
    }
}
