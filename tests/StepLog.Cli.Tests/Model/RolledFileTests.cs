using StepLog.Cli.Model;
using StepLog.Cli.Tests.Support;

namespace StepLog.Cli.Tests.Model;

public class RolledFileTests
{
    [Theory]
    [InlineData("logs/SESSION_20261125_162827.log", "logs/SESSION_20261125_162827_001.log", true)]
    [InlineData("logs/SESSION_20261125_162827_001.log", "logs/SESSION_20261125_162827_002.log", true)]
    [InlineData("app.log", "app.1.log", true)]
    [InlineData("app.log", "other.log", false)]
    [InlineData("a/app.log", "b/app_001.log", false)]
    [InlineData("app.log", "app_001.json", false)]
    [InlineData("-", "app.log", false)]
    public void A_file_continues_another_when_only_a_trailing_counter_differs(string previous, string next, bool continues) =>
        Assert.Equal(continues, RolledFiles.Continues(previous, next));

    [Fact]
    public void An_operation_open_when_a_rolled_file_ends_goes_on_in_the_next()
    {
        var folder = Directory.CreateTempSubdirectory("steplog-cli-roll-").FullName;
        var first = Path.Combine(folder, "SESSION_20261125_162827.log");
        var second = Path.Combine(folder, "SESSION_20261125_162827_001.log");
        var other = Path.Combine(folder, "worker.log");
        File.WriteAllText(first, "🚀 START: Stream\n▶️  [1/1] Process events\n");
        File.WriteAllText(second, "✅ [1/1] Process events - SUCCESS (duration_ms=5.0)\n🏁 COMPLETE: Stream\n🚀 START: Crashed\n");
        File.WriteAllText(other, "🚀 START: Other\n🏁 COMPLETE: Other\n");

        var log = Collected.Read(first, second, other);

        var stream = log.Operation("Stream");
        Assert.Equal(OperationOutcome.Succeeded, stream.Outcome);
        Assert.Equal(first, stream.Start!.File);
        Assert.Equal(second, stream.End!.File);
        Assert.Equal(IncompleteReason.CutOff, log.Operation("Crashed").IncompleteReason);
        Assert.Equal(OperationOutcome.Succeeded, log.Operation("Other").Outcome);
        Assert.Empty(log.Issues);
    }

    [Fact]
    public void A_file_named_as_a_roll_but_started_before_the_previous_one_ended_is_a_parallel_workers_own()
    {
        // Worker 1 was killed inside its step; worker 2 ran the same operation at the same time, to the end.
        var (first, second) = TwoFiles(
            "worker_1.log",
            """
            2026-11-25 16:28:27.100 [INFO] 🚀 START: Import
            2026-11-25 16:28:29.000 [INFO] ▶️  [1/1] Fetch
            """,
            "worker_2.log",
            """
            2026-11-25 16:28:27.200 [INFO] 🚀 START: Import
            2026-11-25 16:28:27.300 [INFO] ▶️  [1/1] Fetch
            2026-11-25 16:28:28.300 [INFO] ✅ [1/1] Fetch - SUCCESS (duration_ms=1000.0)
            2026-11-25 16:28:28.400 [INFO] 🏁 COMPLETE: Import
            """);

        var log = Collected.Read(first, second);

        var imports = log.Operations.Where(operation => operation.Name == "Import").ToList();
        Assert.Equal(2, imports.Count);
        var killed = Assert.Single(imports, operation => operation.Start!.File == first);
        Assert.Equal(IncompleteReason.CutOff, killed.IncompleteReason);
        var finished = Assert.Single(imports, operation => operation.Start!.File == second);
        Assert.Equal(OperationOutcome.Succeeded, finished.Outcome);
        Assert.Empty(log.Issues);
    }

    [Fact]
    public void A_rolled_file_with_times_continues_the_one_before_when_it_starts_after_it()
    {
        var (first, second) = TwoFiles(
            "app.log",
            """
            2026-11-25 16:28:27.100 [INFO] 🚀 START: Import
            2026-11-25 16:28:27.200 [INFO] ▶️  [1/1] Fetch
            """,
            "app_001.log",
            """
            2026-11-25 16:28:28.200 [INFO] ✅ [1/1] Fetch - SUCCESS (duration_ms=1000.0)
            2026-11-25 16:28:28.300 [INFO] 🏁 COMPLETE: Import
            """);

        var log = Collected.Read(first, second);

        var import = log.Operation("Import");
        Assert.Equal(OperationOutcome.Succeeded, import.Outcome);
        Assert.Equal(second, import.End!.File);
    }

    // Two files side by side in a folder of their own, read in the order given.
    private static (string First, string Second) TwoFiles(string firstName, string firstText, string secondName, string secondText)
    {
        var folder = Directory.CreateTempSubdirectory("steplog-cli-roll-").FullName;
        var first = Path.Combine(folder, firstName);
        var second = Path.Combine(folder, secondName);
        File.WriteAllText(first, firstText);
        File.WriteAllText(second, secondText);
        return (first, second);
    }
}
