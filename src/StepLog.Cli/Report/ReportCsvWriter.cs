using System.IO;
using StepLog.Cli.Model;
using StepLog.Cli.Output;

namespace StepLog.Cli.Report;

/// <summary>
/// The report as CSV, one row per finding: <c>finding</c> is <c>failed</c>, <c>incomplete</c> (its step is the last
/// one) or <c>slow</c> (with count and percentiles); the columns a finding has no value for are empty.
/// </summary>
internal static class ReportCsvWriter
{
    public static void Write(ReportResult report, TextWriter output)
    {
        Csv.Row(output, ["finding", "operation", "operation_id", "step", "step_number", "error", "file", "line", "count", "p50_ms", "p95_ms", "max_ms"]);
        foreach (var f in report.Failed)
        {
            Csv.Row(output, ["failed", f.Operation, f.OperationId, f.Step, f.StepNumber is { } n ? Numbers.Int(n) : null, f.Error, f.File, Numbers.Int(f.Line), null, null, null, null]);
        }

        foreach (var i in report.Incomplete)
        {
            Csv.Row(output, ["incomplete", i.Operation, i.OperationId, i.LastStep, i.LastStepNumber is { } n ? Numbers.Int(n) : null, Why(i.Reason), i.File, Numbers.Int(i.Line), null, null, null, null]);
        }

        foreach (var s in report.SlowSteps)
        {
            Csv.Row(output, ["slow", s.Operation, null, s.Step, null, null, null, null, Numbers.Int(s.Count), Numbers.Ms(s.P50Ms), Numbers.Ms(s.P95Ms), Numbers.Ms(s.MaxMs)]);
        }
    }

    // The error column of an incomplete row: the word its line was, or "cut off" where there was none.
    private static string Why(IncompleteReason reason) => reason switch
    {
        IncompleteReason.CutOff => "cut off",
        IncompleteReason.Interrupted => "INTERRUPTED",
        _ => "INCOMPLETE",
    };
}
