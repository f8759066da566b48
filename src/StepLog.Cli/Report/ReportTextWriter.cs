using System.IO;
using StepLog.Cli.Model;
using StepLog.Cli.Output;
using StepLog.Cli.Text;

namespace StepLog.Cli.Report;

/// <summary>The report as plain text, for pipes, files and CI logs: one finding per line, led by <c>file:line</c>.</summary>
internal static class ReportTextWriter
{
    public static void Write(ReportResult report, TextWriter output)
    {
        var counts = report.Operations;
        output.WriteLine($"Operations: {Numbers.Int(counts.Total)} total, {Numbers.Int(counts.Succeeded)} succeeded, {Numbers.Int(counts.Failed)} failed, {Numbers.Int(counts.Incomplete)} incomplete");

        output.WriteLine();
        output.WriteLine($"Failed ({Numbers.Int(report.Failed.Count)}):{(report.Failed.Count == 0 ? " none" : string.Empty)}");
        foreach (var failed in report.Failed)
        {
            output.WriteLine($"  {Where(failed.File, failed.Line)}  {ReportText.Failed(failed)}");
        }

        output.WriteLine();
        output.WriteLine($"Incomplete ({Numbers.Int(report.Incomplete.Count)}):{(report.Incomplete.Count == 0 ? " none" : string.Empty)}");
        foreach (var incomplete in report.Incomplete)
        {
            output.WriteLine($"  {Where(incomplete.File, incomplete.Line)}  {ReportText.Incomplete(incomplete)}");
        }

        output.WriteLine();
        output.WriteLine($"Slow steps (a run of {Numbers.Ms(report.SlowThresholdMs)} ms or more):{(report.SlowSteps.Count == 0 ? " none" : string.Empty)}");
        foreach (var slow in report.SlowSteps)
        {
            output.WriteLine($"  {SafeText.Clean(slow.Operation)} / {SafeText.Clean(slow.Step)}: count {Numbers.Int(slow.Count)}, p50 {Numbers.Ms(slow.P50Ms)} ms, p95 {Numbers.Ms(slow.P95Ms)} ms, max {Numbers.Ms(slow.MaxMs)} ms{(slow.Estimated ? " (percentiles from the sketch, within 1%)" : string.Empty)}");
        }

        if (report.IssueCount > 0)
        {
            output.WriteLine();
            output.WriteLine($"Could not be untangled ({Numbers.Int(report.IssueCount)}): interleaved lines without an operation id; the counts above take the likeliest reading; {IssuesByFile.Advice}");
            foreach (var file in report.IssueFiles)
            {
                output.WriteLine("  " + IssuesByFile.Describe(file));
            }
        }

        output.WriteLine();
        output.WriteLine(ReportText.Reading(report.Statistics));
        foreach (var problem in report.Statistics.Problems)
        {
            output.WriteLine($"  {SafeText.Clean(problem)}");
        }
    }

    private static string Where(string file, long line) => $"{SafeText.Clean(file)}:{Numbers.Int(line)}";
}
