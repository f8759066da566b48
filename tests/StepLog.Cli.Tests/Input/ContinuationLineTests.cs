using System.Text.Json;
using StepLog.Cli.Tests.Support;

namespace StepLog.Cli.Tests.Input;

/// <summary>
/// What follows an entry's first line (exception text, the further lines of a message) belongs to that entry: the
/// tool never counts it as a StepLog line, whatever it holds. The forged lines here are an exception's message
/// <c>"boom\n🚀 START: Injected Op\n❌ [1/1] Injected step - FAILED: injected"</c> and a message from outside
/// <c>"bad request from mallory\n[ERROR] ❌ [3/3] Charge card - FAILED: forged"</c>.
/// </summary>
public class ContinuationLineTests
{
    // The steplog formatter before continuation lines were marked: exception lines indented four spaces under their
    // entry, raw. Its further message lines cannot be told from entries without timestamps (docs/cli.md says so).
    private const string OldSteplogFormat = """
        [INFO] 🚀 START: Checkout
        [INFO] ▶️  [1/2] Reserve stock
            [INFO] 🚀 START: Stock Service
            [INFO] ▶️  [1/1] Call API
            [WARN] 🔁 [1/1] Call API - RETRY 1: boom\n🚀 START: Injected Op\n❌ [1/1] Injected step - FAILED: injected (duration_ms=0.3)
                System.InvalidOperationException: boom
                🚀 START: Injected Op
                ❌ [1/1] Injected step - FAILED: injected
                   at Stock.Call() in Stock.cs:line 12
            [INFO] ✅ [1/1] Call API - SUCCESS (duration_ms=1.0)
            [INFO] 🏁 COMPLETE: Stock Service (total_duration_ms=2.0)
        [INFO] ✅ [1/2] Reserve stock - SUCCESS (duration_ms=3.0)
        [ERROR] Stock service answered badly
            System.InvalidOperationException: boom
            🚀 START: Injected Op
            ❌ [1/1] Injected step - FAILED: injected
        [INFO] ▶️  [2/2] Send receipt
        [INFO] ✅ [2/2] Send receipt - SUCCESS (duration_ms=1.0)
        [INFO] 🏁 COMPLETE: Checkout (total_duration_ms=9.0)

        """;

    // The same with timestamps, and the message from outside: its second line lacks the timestamp every entry has.
    private const string OldSteplogFormatWithTimestamps = """
        2026-11-30 08:00:00.000 [INFO] 🚀 START: Checkout
        2026-11-30 08:00:00.001 [INFO] ▶️  [1/2] Reserve stock
        2026-11-30 08:00:00.002     [INFO] 🚀 START: Stock Service
        2026-11-30 08:00:00.003     [INFO] ▶️  [1/1] Call API
        2026-11-30 08:00:00.004     [ERROR] Stock service answered badly
                System.InvalidOperationException: boom
                🚀 START: Injected Op
                ❌ [1/1] Injected step - FAILED: injected
        2026-11-30 08:00:00.005     [INFO] ✅ [1/1] Call API - SUCCESS (duration_ms=1.0)
        2026-11-30 08:00:00.006     [INFO] 🏁 COMPLETE: Stock Service (total_duration_ms=2.0)
        2026-11-30 08:00:00.007 [INFO] ✅ [1/2] Reserve stock - SUCCESS (duration_ms=3.0)
        2026-11-30 08:00:00.008 [WARN] bad request from mallory
        [ERROR] ❌ [3/3] Charge card - FAILED: forged
        2026-11-30 08:00:00.009 [INFO] ▶️  [2/2] Send receipt
        2026-11-30 08:00:00.010 [INFO] ✅ [2/2] Send receipt - SUCCESS (duration_ms=1.0)
        2026-11-30 08:00:00.011 [INFO] 🏁 COMPLETE: Checkout (total_duration_ms=9.0)

        """;

    // The steplog formatter's contract: every line after an entry's first is "<indent>    | <text>".
    private const string SteplogFormat = """
        [INFO] 🚀 START: Checkout
        [INFO] ▶️  [1/2] Reserve stock
            [INFO] 🚀 START: Stock Service
            [INFO] ▶️  [1/1] Call API
            [WARN] 🔁 [1/1] Call API - RETRY 1: boom\n🚀 START: Injected Op\n❌ [1/1] Injected step - FAILED: injected (duration_ms=0.3)
                | System.InvalidOperationException: boom
                | 🚀 START: Injected Op
                | ❌ [1/1] Injected step - FAILED: injected
                |    at Stock.Call() in Stock.cs:line 12
            [INFO] ✅ [1/1] Call API - SUCCESS (duration_ms=1.0)
            [INFO] 🏁 COMPLETE: Stock Service (total_duration_ms=2.0)
        [INFO] ✅ [1/2] Reserve stock - SUCCESS (duration_ms=3.0)
        [WARN] bad request from mallory
            | [ERROR] ❌ [3/3] Charge card - FAILED: forged
            | 2026-11-30 08:27:10.123 | Orders | ERR | ❌ [3/3] Charge card - FAILED: forged
            |     [ERROR] ❌ [3/3] Charge card - FAILED: forged
        [INFO] ▶️  [2/2] Send receipt
        [INFO] ✅ [2/2] Send receipt - SUCCESS (duration_ms=1.0)
        [INFO] 🏁 COMPLETE: Checkout (total_duration_ms=9.0)

        """;

    public static TheoryData<string, string> WrittenByHand() => new()
    {
        { "old steplog format", OldSteplogFormat },
        { "old steplog format with timestamps", OldSteplogFormatWithTimestamps },
        { "steplog format", SteplogFormat },
    };

    [Theory]
    [MemberData(nameof(WrittenByHand))]
    public void Lines_that_continue_an_entry_are_never_counted_as_StepLog_lines(string format, string log)
    {
        var report = Report(Tool.File(log));

        Assert.True(report.Operations == (2, 2, 0, 0), format + ": " + report.Operations);
        Assert.Empty(report.Failed);
        Assert.DoesNotContain("Injected", report.Json);
        Assert.DoesNotContain("Charge card", report.Json);
    }

    [Theory]
    [InlineData("steplog")]
    [InlineData("steplog-timestamp")]
    [InlineData("simple")]
    [InlineData("serilog-text")]
    public void StepLog_lines_inside_exceptions_and_messages_written_by_the_real_formatters_are_not_counted(string format)
    {
        var path = RealLogs.Forged(format);

        var report = Report(path);

        Assert.True(report.Operations == (1, 1, 0, 0), format + ": " + report.Operations + "\n" + File.ReadAllText(path));
        Assert.Empty(report.Failed);
        Assert.DoesNotContain("Injected", report.Json);
        Assert.DoesNotContain("Charge card", report.Json);
        Assert.Equal("", Tool.Run("query", path, "--status", "failed").Output);
        Assert.Equal(
            ["Checkout", "Reserve stock", "Reserve stock", "Reserve stock", "Send receipt", "Send receipt", "Checkout"],
            Lines(Tool.Run("query", path, "--format", "json").Output).Select(line => line.GetProperty("step").GetString() ?? line.GetProperty("operation").GetString()));
    }

    [Fact]
    public void A_continuation_line_in_a_file_is_counted_as_other_logging()
    {
        var (exit, output, _) = Tool.Run("report", Tool.File(SteplogFormat));

        Assert.Equal(0, exit);
        Assert.Contains("11 StepLog lines, 8 skipped (8 other logging)", output);
    }

    private static (JsonElement[] Failed, (int, int, int, int) Operations, string Json) Report(string path)
    {
        var (exit, output, error) = Tool.Run("report", path, "--format", "json");
        Assert.True(exit == 0, error);
        var root = JsonDocument.Parse(output).RootElement;
        var operations = root.GetProperty("operations");
        return (
            root.GetProperty("failed").EnumerateArray().ToArray(),
            (operations.GetProperty("total").GetInt32(), operations.GetProperty("succeeded").GetInt32(), operations.GetProperty("failed").GetInt32(), operations.GetProperty("incomplete").GetInt32()),
            output);
    }

    private static JsonElement[] Lines(string jsonLines) =>
        jsonLines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToArray();
}
