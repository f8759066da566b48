using System.Text.RegularExpressions;

namespace StepLog.Package.Tests;

/// <summary>The Workflow sample: Information and up on the console, Debug and up in rolling session files.</summary>
[Trait("Category", "EndToEnd")]
public class WorkflowSampleTests
{
    [Fact]
    public void Console_shows_information_and_up_while_the_rolling_session_files_also_hold_debug()
    {
        using var sample = SampleRun.Of("StepLog.Samples.Workflow");

        var run = sample.Run("--events", "400", "--rotate-at", "20000");

        Assert.True(run.ExitCode == 0, run.Describe());
        var console = SampleRun.Lines(run.StandardOutput).Select(l => Regex.Replace(l, @"\d{8}_\d{6}", "ID")).ToArray();
        string[] logged =
        [
            "[INFO] === SESSION STARTED: ID ===",
            "[INFO] 🚀 START: Streamer Setup (session=ID)",
            "[INFO] ▶️  [1/3] Read environment (source=env)",
            "[INFO] ✅ [1/3] Read environment - SUCCESS (markets=2, duration_ms=#)",
            "[INFO] ▶️  [2/3] Validate market tickers (markets=2)",
            "[INFO] ✅ [2/3] Validate market tickers - SUCCESS (valid=2, rejected=0, duration_ms=#)",
            "[INFO] ▶️  [3/3] Open event sink (format=jsonl)",
            "[INFO] ✅ [3/3] Open event sink - SUCCESS (file=SESSION_ID.events.jsonl, duration_ms=#)",
            "[INFO] 🏁 COMPLETE: Streamer Setup (markets=2, total_duration_ms=#)",
            "[INFO] 🚀 START: Stream Market Events (markets=2, target_events=400)",
            "[INFO] ▶️  [1/3] Connect to feed (feed=simulated)",
            "[INFO] ✅ [1/3] Connect to feed - SUCCESS (feed_status=connected, latency_ms=120, duration_ms=#)",
            "[INFO] ▶️  [2/3] Subscribe to markets (markets=2)",
            "[INFO] ✅ [2/3] Subscribe to markets - SUCCESS (sid=123, duration_ms=#)",
            "[INFO] ▶️  [3/3] Process events (progress_every=100)",
            "[INFO] Processed 100 events (2 snapshots, 98 deltas)",
            "[WARN] Sequence gap for FEDFUNDS-DEC25: expected 151, got 152",
            "[INFO] Processed 200 events (2 snapshots, 198 deltas)",
            "[WARN] Sequence gap for KXBTCMAXY-25-DEC31-129999.99: expected 291, got 292",
            "[INFO] Processed 300 events (2 snapshots, 298 deltas)",
            "[INFO] ✅ [3/3] Process events - SUCCESS (events=398, snapshots=2, deltas=396, gaps=2, duration_ms=#)",
            "[INFO] 🏁 COMPLETE: Stream Market Events (events=398, status=success, total_duration_ms=#)",
            "[INFO] === SESSION ENDED: ID (success) ===",
        ];
        Assert.Equal(
            [
                .. logged,
                "Session log (Debug and up): logs/SESSION_ID.log, logs/SESSION_ID_001.log, logs/SESSION_ID_002.log",
                "Events: logs/SESSION_ID.events.jsonl",
            ],
            console.Select(l => l.Replace('\\', '/')));

        // The files, read in order, hold every console line and the debug lines the console left out.
        var files = Directory.GetFiles(Path.Combine(sample.Directory, "logs"), "SESSION_*.log").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(3, files.Length);
        Assert.All(files, f => Assert.Matches(@"SESSION_\d{8}_\d{6}(_00[12])?\.log$", f));
        var fileLines = files.SelectMany(File.ReadAllLines).ToArray();
        Assert.Equal(
            logged.Select(l => l[(l.IndexOf(']') + 2)..]),
            fileLines.Where(l => !l.Contains("| DBG |", StringComparison.Ordinal))
                .Select(l => Regex.Replace(l.Split(" | ", 4)[3], @"\d{8}_\d{6}", "ID"))
                .Select(l => Regex.Replace(l, @"duration_ms=\d+(\.\d)?", "duration_ms=#")));
        Assert.Equal(396, fileLines.Count(l => l.Contains("| DBG | Delta: ", StringComparison.Ordinal)));
        Assert.Contains(fileLines, l => l.EndsWith("| DBG | [ENV] MARKETS: FEDFUNDS-DEC25,KXBTCMAXY-25-DEC31-129999.99", StringComparison.Ordinal));
        Assert.Equal(398, File.ReadAllLines(Path.ChangeExtension(files[0], ".events.jsonl")).Length);

        // steplog reads the console and the three rolled files as the lines above tell it: two operations, both
        // succeeded, the stream's run going on across the rolls.
        Assert.Equal((2, 2, 0, 0), SampleReport.OfConsole(sample, run.StandardOutput).Operations);
        Assert.Equal((2, 2, 0, 0), SampleReport.Of(sample, Path.Combine("logs", "SESSION_*.log")).Operations);
    }
}
