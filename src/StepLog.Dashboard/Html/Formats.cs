using System;
using System.Globalization;
using StepLog.Records;

namespace StepLog.Dashboard.Html;

/// <summary>How the dashboard writes statuses, durations and rates, the same on every page.</summary>
internal static class Formats
{
    /// <summary>The status as a lowercase word: the CSS class and the data-status value.</summary>
    public static string StatusName(StepStatus status) => status switch
    {
        StepStatus.Pending => "pending",
        StepStatus.Running => "running",
        StepStatus.Success => "success",
        StepStatus.Warning => "warning",
        StepStatus.Error => "error",
        StepStatus.Failed => "failed",
        StepStatus.Skipped => "skipped",
        _ => "unknown",
    };

    // Symbols as well as colours: a failed step must read as failed on a monochrome screen and to colour-blind eyes.
    public static string StatusSymbol(StepStatus status) => status switch
    {
        StepStatus.Pending => "○",
        StepStatus.Running => "▶",
        StepStatus.Success => "✔",
        StepStatus.Warning => "⚠",
        StepStatus.Error => "↻",
        StepStatus.Failed => "✖",
        StepStatus.Skipped => "⤼",
        _ => "?",
    };

    public static string Duration(double milliseconds)
    {
        if (milliseconds < 1000)
        {
            return Math.Round(milliseconds, milliseconds < 10 ? 1 : 0).ToString(CultureInfo.InvariantCulture) + " ms";
        }

        var span = TimeSpan.FromMilliseconds(milliseconds);
        if (span.TotalMinutes < 1)
        {
            return Math.Round(span.TotalSeconds, 1).ToString(CultureInfo.InvariantCulture) + " s";
        }

        if (span.TotalHours < 1)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{span.Minutes} min {span.Seconds} s");
        }

        return string.Create(CultureInfo.InvariantCulture, $"{(long)span.TotalHours} h {span.Minutes} min");
    }

    /// <summary>A share as a percentage with one decimal: "2.5%"; "-" when there is nothing to share.</summary>
    public static string Percent(long part, long whole) =>
        whole == 0 ? "-" : Math.Round(100.0 * part / whole, 1).ToString(CultureInfo.InvariantCulture) + "%";
}
