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
}
