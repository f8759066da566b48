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
        File.WriteAllText(log, string.Concat(Enumerable.Range(0, Operations).Select(ServiceLog.Operation)));

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
        File.WriteAllText(whole, string.Concat(Enumerable.Range(0, Operations).Select(ServiceLog.Operation)));
        var parts = new[] { _folder.File("session.log"), _folder.File("session_001.log"), _folder.File("session_002.log") };
        for (var part = 0; part < parts.Length; part++)
        {
            var share = Operations / parts.Length;
            File.WriteAllText(parts[part], string.Concat(Enumerable.Range(part * share, share).Select(ServiceLog.Operation)));
        }

        var one = Json(ReportRun.Run([InputSource.File(whole)], slowMs: 500, new LogReader(workers: 1)));
        var rolled = Json(ReportRun.Run(parts.Select(InputSource.File), slowMs: 500, new LogReader(workers: 2)));

        Assert.Equal(Without(one, "file", "line", "problems"), Without(rolled, "file", "line", "problems"));
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
