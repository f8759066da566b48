using Spectre.Console;
using StepLog.Cli.Model;
using StepLog.Cli.Output;
using StepLog.Cli.Text;
using SpectreText = Spectre.Console.Text;

namespace StepLog.Cli.Report;

/// <summary>The report for a terminal: Spectre tables, failures in red. Every value is escaped before it is markup.</summary>
internal static class ReportTableWriter
{
    public static void Write(ReportResult report, IAnsiConsole console)
    {
        var counts = report.Operations;
        console.MarkupLine($"[bold]Operations[/]: {Numbers.Int(counts.Total)} total, [green]{Numbers.Int(counts.Succeeded)} succeeded[/], {Colour(counts.Failed, "red")} failed, {Colour(counts.Incomplete, "yellow")} incomplete");

        if (report.Failed.Count > 0)
        {
            var table = new Table().Title("[red]Failed[/]").AddColumns("where", "operation", "step", "error");
            foreach (var f in report.Failed)
            {
                table.AddRow(Cell($"{f.File}:{Numbers.Int(f.Line)}"), Cell(f.Operation), Cell(f.Step is null ? "" : $"{Numbers.StepHead(f.StepNumber, f.TotalSteps)} {f.Step}"), new SpectreText(SafeText.Clean(f.Error ?? "failed"), new Style(Color.Red)));
            }

            console.Write(table);
        }

        if (report.Incomplete.Count > 0)
        {
            var table = new Table().Title("[yellow]Incomplete[/]").AddColumns("where", "operation", "last step", "why");
            foreach (var i in report.Incomplete)
            {
                table.AddRow(Cell($"{i.File}:{Numbers.Int(i.Line)}"), Cell(i.Operation), Cell(i.LastStep is null ? "" : $"{Numbers.StepHead(i.LastStepNumber, i.TotalSteps)} {i.LastStep}"), Cell(ReportText.Why(i.Reason)));
            }

            console.Write(table);
        }

        var slowTable = new Table().Title($"Slow steps (a run of {Numbers.Ms(report.SlowThresholdMs)} ms or more)").AddColumns("operation", "step", "count", "p50 ms", "p95 ms", "max ms");
        foreach (var s in report.SlowSteps)
        {
            slowTable.AddRow(Cell(s.Operation), Cell(s.Step), Cell(Numbers.Int(s.Count)), Cell(Numbers.Ms(s.P50Ms)), Cell(Numbers.Ms(s.P95Ms)), Cell(Numbers.Ms(s.MaxMs)));
        }

        if (report.SlowSteps.Count > 0)
        {
            console.Write(slowTable);
        }

        if (report.IssueCount > 0)
        {
            console.MarkupLine($"[yellow]Could not be untangled ({Numbers.Int(report.IssueCount)})[/]: interleaved lines without an operation id; the counts take the likeliest reading; {Markup.Escape(IssuesByFile.Advice)}");
            foreach (var file in report.IssueFiles)
            {
                console.WriteLine("  " + IssuesByFile.Describe(file));
            }
        }

        console.MarkupLine($"[grey]{Markup.Escape(ReportText.Reading(report.Statistics))}[/]");
        foreach (var problem in report.Statistics.Problems)
        {
            console.WriteLine("  " + SafeText.Clean(problem));
        }
    }

    private static SpectreText Cell(string? value) => new(SafeText.Clean(value));

    private static string Colour(long count, string colour) => count == 0 ? "0" : $"[{colour}]{Numbers.Int(count)}[/]";
}
