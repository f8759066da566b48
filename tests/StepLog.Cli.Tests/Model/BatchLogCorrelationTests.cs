using System.Text.Json;
using StepLog.Cli.Tests.Support;

namespace StepLog.Cli.Tests.Model;

/// <summary>
/// A batch whose items run operations of their own, eight at a time, as the LeadBatch sample writes it: to a Serilog
/// session file (no depth, no operation id) and to the console at Information (only the items' failures).
/// </summary>
public class BatchLogCorrelationTests
{
    private static JsonElement Report(string log)
    {
        var (_, output, error) = Tool.Run("report", Tool.File(log), "--format", "json");
        Assert.True(output.Length > 0, error);
        return JsonDocument.Parse(output).RootElement;
    }

    private static (long, long, long, long) Counts(JsonElement report)
    {
        var operations = report.GetProperty("operations");
        return (operations.GetProperty("total").GetInt64(), operations.GetProperty("succeeded").GetInt64(),
            operations.GetProperty("failed").GetInt64(), operations.GetProperty("incomplete").GetInt64());
    }

    private static string[] Failed(JsonElement report) =>
        report.GetProperty("failed").EnumerateArray()
            .Select(f => $"{f.GetProperty("operation").GetString()} [{f.GetProperty("step_number")}] {f.GetProperty("step").GetString()}")
            .ToArray();

    [Fact]
    public void A_batch_item_line_belongs_to_the_batch_of_its_total_not_to_an_item_operation_running_beside_it()
    {
        var report = Report(
            """
            10:00:00.000 | INF | 🚀 START: Leads (total=2)
            10:00:00.001 | DBG | 🚀 START: Classify A (lead=A)
            10:00:00.002 | DBG | ▶️  [1/1] LLM
            10:00:00.003 | DBG | 🚀 START: Classify B (lead=B)
            10:00:00.050 | DBG | ✅ [1/1] LLM - SUCCESS (duration_ms=48.0)
            10:00:00.050 | DBG | 🏁 COMPLETE: Classify A (total_duration_ms=49.0)
            10:00:00.051 | DBG | ✅ [1/2] A - SUCCESS (duration_ms=50.0)
            10:00:00.052 | DBG | ▶️  [1/1] LLM
            10:00:00.060 | ERR | ❌ [1/1] LLM - FAILED: no verdict (duration_ms=8.0)
            10:00:00.060 | ERR | 🏁 COMPLETE: Classify B (status=failed, error=no verdict, total_duration_ms=57.0)
            10:00:00.061 | ERR | ❌ [2/2] B - FAILED: no verdict (duration_ms=58.0)
            10:00:00.062 | INF | 🏁 COMPLETE: Leads (processed=2, succeeded=1, failed=1, total_duration_ms=62.0)

            """);

        Assert.Equal((3, 1, 2, 0), Counts(report));
        Assert.Equal(["Classify B [1] LLM", "Leads [2] B"], Failed(report));
    }

    [Fact]
    public void A_step_end_that_two_parallel_runs_could_take_goes_to_the_only_one_that_has_run_as_long_as_it_says()
    {
        var report = Report(
            """
            10:00:00.000 | DBG | 🚀 START: Classify A (lead=A)
            10:00:00.000 | DBG | ▶️  [1/1] LLM
            10:00:00.010 | DBG | 🚀 START: Classify B (lead=B)
            10:00:00.010 | DBG | ▶️  [1/1] LLM
            10:00:00.030 | ERR | ❌ [1/1] LLM - FAILED: no verdict (duration_ms=30.2)
            10:00:00.031 | ERR | 🏁 COMPLETE: Classify A (status=failed, error=no verdict, total_duration_ms=31.0)
            10:00:00.090 | DBG | ✅ [1/1] LLM - SUCCESS (duration_ms=80.1)
            10:00:00.091 | DBG | 🏁 COMPLETE: Classify B (total_duration_ms=81.0)

            """);

        Assert.Equal((2, 1, 1, 0), Counts(report));
        Assert.Equal(["Classify A [1] LLM"], Failed(report));
        Assert.Empty(report.GetProperty("correlation_issues").EnumerateArray());
    }

    [Fact]
    public void A_failed_step_placed_by_a_guess_does_not_fail_a_run_whose_COMPLETE_says_it_succeeded()
    {
        // Both runs started their step in the same millisecond: the failure's line could end either.
        var report = Report(
            """
            10:00:00.000 | DBG | 🚀 START: Classify A (lead=A)
            10:00:00.000 | DBG | ▶️  [1/1] LLM
            10:00:00.000 | DBG | 🚀 START: Classify B (lead=B)
            10:00:00.000 | DBG | ▶️  [1/1] LLM
            10:00:00.030 | ERR | ❌ [1/1] LLM - FAILED: no verdict (duration_ms=30.0)
            10:00:00.031 | ERR | 🏁 COMPLETE: Classify A (status=failed, error=no verdict, total_duration_ms=31.0)
            10:00:00.040 | DBG | ✅ [1/1] LLM - SUCCESS (duration_ms=40.0)
            10:00:00.041 | DBG | 🏁 COMPLETE: Classify B (total_duration_ms=41.0)

            """);

        Assert.Equal((2, 1, 1, 0), Counts(report));
        Assert.NotEmpty(report.GetProperty("correlation_issues").EnumerateArray());
    }

    [Fact]
    public void A_failed_step_whose_operation_is_named_only_by_its_COMPLETE_is_reported_under_that_name()
    {
        var report = Report(
            """
            [INFO] 🚀 START: Leads (total=5)
                [ERROR] ❌ [3/3] LLM fallback - FAILED: no verdict (duration_ms=161.2)
                [ERROR] 🏁 COMPLETE: Classify B (status=failed, error=no verdict, total_duration_ms=171.7)
            [ERROR] ❌ [2/5] B - FAILED: no verdict (duration_ms=176.4)

            """);

        Assert.Equal(["Classify B [3] LLM fallback", "Leads [2] B"], Failed(report));
    }

    [Fact]
    public void An_interrupted_batch_says_how_many_items_its_INTERRUPTED_line_counts_done_not_its_last_PROGRESS()
    {
        var (_, output, _) = Tool.Run("report", Tool.File(
            """
            [INFO] 🚀 START: Leads (total=500)
            [INFO] 📊 PROGRESS: Leads 150/500 (percentage=30.0, rate_per_second=74.3, elapsed_seconds=2.0, eta_seconds=4.7)
            [ERROR] ❌ [240/500] B - FAILED: no verdict (duration_ms=176.4)
            [WARN] ⏹️  INTERRUPTED: Leads (processed=259, total=500, succeeded=255, failed=4, total_duration_ms=3701.5)

            """));

        Assert.Contains("Leads: INTERRUPTED (stopped by a signal, its timeout or its caller), last step [240/500] B, 259/500 items done when it stopped", output);
    }
}
