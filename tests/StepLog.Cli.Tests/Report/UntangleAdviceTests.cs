using System.Text;
using StepLog.Cli.Tests.Support;

namespace StepLog.Cli.Tests.Report;

/// <summary>
/// A busy app's console log without operation ids interleaves its requests: the tool says so once per file, with a
/// count, and names what to set, rather than once per line.
/// </summary>
public class UntangleAdviceTests
{
    // 40 pairs of requests that overlap, written as text without an operation id: every pair is one guess or more.
    private static string ConcurrentRequests()
    {
        var log = new StringBuilder();
        for (var i = 0; i < 40; i++)
        {
            log.Append("[INFO] 🚀 START: Get Order\n[INFO] 🚀 START: Get Order\n");
            log.Append("[INFO] ▶️  [1/1] Load\n[INFO] ✅ [1/1] Load - SUCCESS (duration_ms=1.0)\n");
            log.Append("[INFO] 🏁 COMPLETE: Get Order (total_duration_ms=2.0)\n[INFO] 🏁 COMPLETE: Get Order (total_duration_ms=3.0)\n");
        }

        return Tool.File(log.ToString());
    }

    [Fact]
    public void The_report_says_once_per_file_how_many_lines_it_could_not_untangle_and_what_to_set()
    {
        var log = ConcurrentRequests();

        var (_, output, _) = Tool.Run("report", log);

        var lines = output.Split('\n');
        Assert.Single(lines, line => line.Contains("IncludeOperationId", StringComparison.Ordinal) && line.Contains("TimestampFormat", StringComparison.Ordinal));
        Assert.Single(lines, line => line.Contains("JSON console", StringComparison.Ordinal));
        var fileLine = Assert.Single(lines, line => line.Contains(Path.GetFileName(log), StringComparison.Ordinal));
        Assert.Matches(@"\d+ lines?, the first at line \d+", fileLine);
        Assert.DoesNotContain("… and", output);
    }

    [Fact]
    public async Task The_timeline_says_once_per_file_how_many_lines_it_placed_by_a_guess_and_what_to_set()
    {
        var log = ConcurrentRequests();
        using var folder = new TempFolder();

        var result = await CliRun.RunAsync("timeline", log, "-o", folder.File("trace.json"));

        Assert.True(result.ExitCode == 0, result.ToString());
        var errors = result.Error.Split('\n');
        Assert.Single(errors, line => line.Contains("IncludeOperationId", StringComparison.Ordinal) && line.Contains("TimestampFormat", StringComparison.Ordinal));
        var fileLine = Assert.Single(errors, line => line.Contains(Path.GetFileName(log), StringComparison.Ordinal));
        Assert.Matches(@"\d+ lines?, the first at line \d+", fileLine);
    }
}
