using StepLog.Cli.Model;
using StepLog.Cli.Tests.Support;

namespace StepLog.Cli.Tests.Model;

/// <summary>
/// Runs of one operation in parallel, logged without an operation id: the tool can only guess which run a line belongs
/// to, but its guess must agree with what the lines say, so that a failed step and the run that ended failed are one
/// run, never a failed run without a failed step beside a successful run that holds it.
/// </summary>
public class ParallelRunsOfOneOperationTests
{
    // Four sections summarised at once (the Documents sample's shape); the results and the ends come in an order the
    // starts do not predict, as they do on a busy machine.
    private const string Log = """
        [INFO] 🚀 START: Process sections (sections=4)
            [INFO] 🚀 START: Process section (section=Parties)
            [INFO] ▶️  [1/1] Summarize section
            [INFO] 🚀 START: Process section (section=Terms)
            [INFO] ▶️  [1/1] Summarize section
            [INFO] 🚀 START: Process section (section=Payment)
            [INFO] ▶️  [1/1] Summarize section
            [INFO] 🚀 START: Process section (section=Signatures)
            [INFO] ▶️  [1/1] Summarize section
            [INFO] ✅ [1/1] Summarize section - SUCCESS (words=19, duration_ms=12.3)
            [INFO] ✅ [1/1] Summarize section - SUCCESS (words=17, duration_ms=12.9)
            [ERROR] ❌ [1/1] Summarize section - FAILED: the section has no text (duration_ms=10.6)
            [ERROR] 🏁 COMPLETE: Process section (status=failed, error=the section has no text, total_duration_ms=11.4)
            [INFO] ✅ [1/1] Summarize section - SUCCESS (words=17, duration_ms=19.6)
            [INFO] 🏁 COMPLETE: Process section (status=success, total_duration_ms=12.5)
            [INFO] 🏁 COMPLETE: Process section (status=success, total_duration_ms=13.0)
            [INFO] 🏁 COMPLETE: Process section (status=success, total_duration_ms=20.1)
        [INFO] 🏁 COMPLETE: Process sections (status=success, processed=3, total_duration_ms=25.0)

        """;

    [Fact]
    public void The_run_that_ends_failed_is_the_one_that_holds_the_failed_step()
    {
        var log = Collected.ReadText(Log);

        var sections = log.Operations.Where(o => o.Name == "Process section").ToList();
        Assert.Equal(4, sections.Count);
        var failed = Assert.Single(sections, s => s.Outcome == OperationOutcome.Failed);
        Assert.Contains(failed.Steps, step => step.Outcome == StepOutcome.Failed);
        Assert.All(sections.Where(s => s != failed), s => Assert.DoesNotContain(s.Steps, step => step.Outcome == StepOutcome.Failed));
    }
}
