using System.Collections.Generic;
using StepLog.Cli.Input;
using StepLog.Cli.Model;
using StepLog.Cli.Output;
using StepLog.Cli.Text;

namespace StepLog.Cli.Report;

/// <summary>The sentences the text and table forms share, already safe to print.</summary>
internal static class ReportText
{
    public static string Failed(FailedItem failed) =>
        failed.Step is null
            ? $"{SafeText.Clean(failed.Operation)}: {SafeText.Clean(failed.Error ?? "failed")}"
            : $"{SafeText.Clean(failed.Operation)} {Numbers.StepHead(failed.StepNumber, failed.TotalSteps)} {SafeText.Clean(failed.Step)}: {SafeText.Clean(failed.Error ?? "failed")}";

    public static string Incomplete(IncompleteItem incomplete)
    {
        var why = Why(incomplete.Reason);
        var last = incomplete.LastStep is null
            ? incomplete.LastStepNumber is null ? "no step started" : $"last step {Numbers.StepHead(incomplete.LastStepNumber, incomplete.TotalSteps)}"
            : $"last step {Numbers.StepHead(incomplete.LastStepNumber, incomplete.TotalSteps)} {SafeText.Clean(incomplete.LastStep)}";
        var progress = incomplete.Processed is { } done && incomplete.Total is { } total
            ? $", {Numbers.Int(done)}/{Numbers.Int(total)} items done {(incomplete.CountedWhenStopped ? "when it stopped" : "at its last PROGRESS")}"
            : "";
        return $"{SafeText.Clean(incomplete.Operation)}: {why}, {last}{progress}";
    }

    /// <summary>Why an operation is incomplete, as the text and the table say it.</summary>
    public static string Why(IncompleteReason reason) => reason switch
    {
        IncompleteReason.CutOff => "cut off (its file ends while it runs)",
        IncompleteReason.Interrupted => "INTERRUPTED (stopped by a signal, its timeout or its caller)",
        _ => "INCOMPLETE (disposed without Complete)",
    };

    /// <summary>The same reason as one word, for the JSON form.</summary>
    public static string Word(IncompleteReason reason) => reason switch
    {
        IncompleteReason.CutOff => "cut_off",
        IncompleteReason.Interrupted => "interrupted",
        _ => "incomplete",
    };

    public static string Reading(ReadStatistics statistics)
    {
        var parts = new List<string>();
        if (statistics.OtherLines > 0)
        {
            parts.Add($"{Numbers.Int(statistics.OtherLines)} other logging");
        }

        if (statistics.InvalidLines > 0)
        {
            parts.Add($"{Numbers.Int(statistics.InvalidLines)} invalid");
        }

        if (statistics.TooLongLines > 0)
        {
            parts.Add($"{Numbers.Int(statistics.TooLongLines)} too long");
        }

        if (statistics.BinaryLines > 0)
        {
            parts.Add($"{Numbers.Int(statistics.BinaryLines)} binary");
        }

        var skipped = statistics.SkippedLines == 0 ? "none skipped" : $"{Numbers.Int(statistics.SkippedLines)} skipped ({string.Join(", ", parts)})";
        var files = statistics.Files == 1 ? "1 file" : $"{Numbers.Int(statistics.Files)} files";
        return $"Read {files}, {Numbers.Int(statistics.Lines)} lines: {Numbers.Int(statistics.Events)} StepLog lines, {skipped}";
    }
}
