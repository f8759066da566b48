using System.Text;
using System.Text.Json;
using StepLog.Cli.Input;
using StepLog.Cli.Report;
using StepLog.Cli.Tests.Support;

namespace StepLog.Cli.Tests.Input;

/// <summary>
/// Parsing on several threads changes nothing the tool says: one worker or several, one file or the same lines rolled
/// over several files, the report is the same, its skipped lines counted alike and its problems listed in the same order.
/// </summary>
public sealed class ParallelReadingTests : IDisposable
{
    private const int Operations = 3000;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(8)]
    public void Several_workers_give_the_report_one_worker_gives_byte_for_byte(int workers)
    {
        var log = _folder.File("app.log");
        File.WriteAllText(log, string.Concat(Enumerable.Range(0, Operations).Select(Operation)));

        var one = Text(ReportRun.Run([InputSource.File(log)], slowMs: 500, new LogReader(workers: 1)));
        var several = Text(ReportRun.Run([InputSource.File(log)], slowMs: 500, new LogReader(workers: workers)));

        Assert.Contains("failed", one, StringComparison.Ordinal);
        Assert.Contains("binary data", one, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", one, StringComparison.Ordinal);
        Assert.Equal(one, several);
    }

    [Fact]
    public void The_lines_of_one_file_rolled_over_several_give_the_same_report_but_for_where_they_were_read()
    {
        var whole = _folder.File("app.log");
        File.WriteAllText(whole, string.Concat(Enumerable.Range(0, Operations).Select(Operation)));
        var parts = new[] { _folder.File("session.log"), _folder.File("session_001.log"), _folder.File("session_002.log") };
        for (var part = 0; part < parts.Length; part++)
        {
            var share = Operations / parts.Length;
            File.WriteAllText(parts[part], string.Concat(Enumerable.Range(part * share, share).Select(Operation)));
        }

        var one = Json(ReportRun.Run([InputSource.File(whole)], slowMs: 500, new LogReader(workers: 1)));
        var rolled = Json(ReportRun.Run(parts.Select(InputSource.File), slowMs: 500, new LogReader(workers: 2)));

        Assert.Equal(Without(one, "file", "line", "problems"), Without(rolled, "file", "line", "problems"));
    }

    // An operation of three steps, the third failing in every tenth and slow in every seventh; other logging, an
    // exception's lines, and now and then a binary line and a broken JSON line, so that every way of skipping a line
    // is met in every batch.
    private static string Operation(int i)
    {
        var text = new StringBuilder();
        text.Append("2026-12-05 10:00:00.000 [INFO] 🚀 START: Sync ").Append(i % 5).Append(" (n=").Append(i).Append(")\n");
        for (var step = 1; step <= 3; step++)
        {
            text.Append("2026-12-05 10:00:00.001 [INFO] ▶️  [").Append(step).Append("/3] Step ").Append(step).Append('\n');
            text.Append("2026-12-05 10:00:00.002 [DEBUG] Cache hit for ").Append(i).Append('\n');
            if (step == 3 && i % 10 == 9)
            {
                text.Append("2026-12-05 10:00:00.003 [ERROR] ❌ [3/3] Step 3 - FAILED: boom ").Append(i).Append(" (duration_ms=2.0)\n");
                text.Append("    | System.InvalidOperationException: boom\n    |    at Sync.Run()\n");
                text.Append("2026-12-05 10:00:00.004 [ERROR] 🏁 COMPLETE: Sync ").Append(i % 5).Append(" (status=failed, error=boom, total_duration_ms=4.0)\n");
                return text.ToString();
            }

            var duration = step == 2 && i % 7 == 0 ? "900.0" : "1.5";
            text.Append("2026-12-05 10:00:00.003 [INFO] ✅ [").Append(step).Append("/3] Step ").Append(step).Append(" - SUCCESS (duration_ms=").Append(duration).Append(")\n");
        }

        if (i % 97 == 0)
        {
            text.Append("bin\0ary\n{\"EventId\": {\"Id\": 1, \"operation\": \n");
        }

        text.Append("2026-12-05 10:00:00.005 [INFO] 🏁 COMPLETE: Sync ").Append(i % 5).Append(" (total_duration_ms=5.0)\n");
        return text.ToString();
    }

    private static string Text(ReportResult report)
    {
        var output = new StringWriter();
        ReportTextWriter.Write(report, output);
        return output + string.Join("\n", report.Statistics.Problems)
            + $"\n{report.Statistics.Lines} {report.Statistics.Events} {report.Statistics.OtherLines} {report.Statistics.InvalidLines} {report.Statistics.BinaryLines}";
    }

    private static JsonElement Json(ReportResult report)
    {
        var output = new MemoryStream();
        ReportJsonWriter.Write(report, output);
        return JsonDocument.Parse(output.ToArray()).RootElement;
    }

    // The report with the named properties left out wherever they are.
    private static string Without(JsonElement element, params string[] names) => element.ValueKind switch
    {
        JsonValueKind.Object => "{" + string.Join(",", element.EnumerateObject().Where(p => !names.Contains(p.Name)).Select(p => p.Name + ":" + Without(p.Value, names))) + "}",
        JsonValueKind.Array => "[" + string.Join(",", element.EnumerateArray().Select(e => Without(e, names))) + "]",
        _ => element.GetRawText(),
    };
}
