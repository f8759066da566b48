using System.Text.Json;
using StepLog.Cli.Tests.Support;

namespace StepLog.Cli.Tests.Query;

public class QueryCommandTests
{
    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    [Fact]
    public void Failed_lines_are_printed_as_they_were_with_the_failed_complete()
    {
        var path = RealLogs.Of("steplog");

        var (exit, output, _) = Tool.Run("query", path, "--status", "failed");

        Assert.Equal(0, exit);
        var all = File.ReadAllLines(path);
        Assert.Equal(
            all.Where(l => l.Contains("FAILED:") || l.Contains("status=failed")),
            Lines(output));
    }

    [Fact]
    public void Text_step_lines_match_by_the_operation_they_belong_to()
    {
        var (_, output, _) = Tool.Run("query", RealLogs.Of("steplog-ascii"), "--operation", "nightly*", "--step", "*E-MAIL");

        Assert.Equal(["[INFO] [STEP] [2/2] Send e-mail", "[INFO] [SKIP] [2/2] Send e-mail - SKIPPED: nothing to send"], Lines(output));
    }

    [Fact]
    public void Min_duration_keeps_lines_with_a_duration_that_long()
    {
        var path = Tool.File("🚀 START: A\n▶️  [1/2] x\n✅ [1/2] x - SUCCESS (duration_ms=499.9)\n▶️  [2/2] y\n✅ [2/2] y - SUCCESS (duration_ms=500.0)\n🏁 COMPLETE: A (total_duration_ms=1000.0)\n");

        var (_, output, _) = Tool.Run("query", path, "--min-duration", "500ms");

        Assert.Equal(["✅ [2/2] y - SUCCESS (duration_ms=500.0)", "🏁 COMPLETE: A (total_duration_ms=1000.0)"], Lines(output));
    }

    [Fact]
    public void Since_and_until_keep_the_lines_written_between_them()
    {
        var path = Tool.File(
            """
            2026-11-30 08:00:00.000 [INFO] 🚀 START: A
            2026-11-30 09:00:00.000 [INFO] ▶️  [1/1] x
            2026-11-30 10:00:00.000 [INFO] ✅ [1/1] x - SUCCESS (duration_ms=1.0)
            2026-11-30 11:00:00.000 [INFO] 🏁 COMPLETE: A

            """);
        var withoutTimestamps = Tool.File("[INFO] 🚀 START: A\n[INFO] ▶️  [1/1] x\n");

        var (_, output, _) = Tool.Run("query", path, "--since", "2026-11-30T08:30:00Z", "--until", "2026-11-30 09:30");

        Assert.Equal(["2026-11-30 09:00:00.000 [INFO] ▶️  [1/1] x"], Lines(output));
        Assert.Equal("", Tool.Run("query", withoutTimestamps, "--since", "2026-11-30T08:30:00Z").Output);
    }

    [Fact]
    public void Incomplete_includes_the_last_line_of_an_operation_its_file_cut_off_and_json_gives_the_fields()
    {
        var (_, output, _) = Tool.Run("query", RealLogs.Of("json"), "--status", "incomplete", "--format", "json");

        var matches = Lines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["Cleanup", "Long Job"], matches.Select(m => m.GetProperty("operation").GetString()));
        Assert.All(matches, m => Assert.Equal("incomplete", m.GetProperty("status").GetString()));
        Assert.Equal("Crunch numbers", matches[1].GetProperty("step").GetString());
        Assert.Matches("^[0-9a-f]{16}$", matches[1].GetProperty("operation_id").GetString());
        Assert.StartsWith("{", matches[1].GetProperty("raw").GetString());
    }

    [Fact]
    public void Several_files_prefix_each_line_with_its_file_and_number()
    {
        var a = Tool.File("🚀 START: A\n🏁 COMPLETE: A\n", "a.log");
        var b = Tool.File("🚀 START: B\n", "b.log");

        var (_, output, _) = Tool.Run("query", a, b, "--operation", "B");

        Assert.Equal([$"{b}:1:🚀 START: B", $"{b}:1:🚀 START: B"], Lines(output));
    }

    [Theory]
    [InlineData("--status", "broken")]
    [InlineData("--min-duration", "long")]
    [InlineData("--since", "yesterday-ish")]
    public void A_bad_filter_is_exit_code_2_and_named(string option, string value)
    {
        var (exit, _, error) = Tool.Run("query", RealLogs.Of("steplog"), option, value);

        Assert.Equal(2, exit);
        Assert.Contains(value, error);
    }
}
