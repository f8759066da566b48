using System;
using System.Globalization;
using StepLog.Cli.Text;

namespace StepLog.Cli.Watching;

/// <summary>How a batch's progress reads as text, the same in plain lines and beside the live bars.</summary>
internal static class ProgressText
{
    /// <summary><c>240/500 (48.0%)</c></summary>
    public static string Count(BatchProgress progress) =>
        string.Create(CultureInfo.InvariantCulture, $"{progress.Processed}/{progress.Total} ({progress.Percentage:0.0}%)");

    /// <summary><c>61.2/s ETA 4s</c> while it runs, <c>58.3/s in 8s</c> once it ended.</summary>
    public static string Pace(BatchProgress progress)
    {
        var rate = string.Create(CultureInfo.InvariantCulture, $"{progress.RatePerSecond:0.0}/s");
        if (progress.HasEnded)
        {
            return rate + " in " + Short(TimeSpan.FromSeconds(progress.ElapsedSeconds));
        }

        return progress.EtaSeconds is { } eta && eta >= 0 && eta < TimeSpan.MaxValue.TotalSeconds
            ? rate + " ETA " + Short(TimeSpan.FromSeconds(eta))
            : rate + " ETA ?";
    }

    /// <summary><c>, 3 failed</c> when items failed, nothing otherwise.</summary>
    public static string Failures(BatchProgress progress) =>
        progress.Failed > 0 ? string.Create(CultureInfo.InvariantCulture, $", {progress.Failed} failed") : "";

    /// <summary>A short human form: <c>850ms</c>, <c>12s</c>, <c>4m05s</c>, <c>2h03m</c>.</summary>
    public static string Short(TimeSpan duration)
    {
        if (duration < TimeSpan.FromSeconds(1))
        {
            return ((int)duration.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + "ms";
        }

        if (duration < TimeSpan.FromMinutes(1))
        {
            return ((int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture) + "s";
        }

        return duration < TimeSpan.FromHours(1)
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalMinutes}m{duration.Seconds:00}s")
            : string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalHours}h{duration.Minutes:00}m");
    }

    /// <summary>
    /// The batch and its run's id as its lines carry it: <c>Lead Classification [op 3f2a9c1e5d6b7a80]</c>, or the name
    /// alone from a file without an id.
    /// </summary>
    public static string Batch(BatchProgress progress) => progress.OperationId is { } id
        ? $"{SafeText.Clean(progress.Operation)} [op {SafeText.Clean(id)}]"
        : SafeText.Clean(progress.Operation);

    /// <summary>
    /// One plain line: <c>leads.json: Lead Classification [op 3f2a9c1e5d6b7a80] running 240/500 (48.0%) 61.2/s ETA 4s, 3 failed</c>.
    /// </summary>
    public static string Line(ProgressReading reading) => reading.Progress is { } progress
        ? $"{SafeText.Clean(reading.Name)}: {Batch(progress)} {SafeText.Clean(progress.Status)} {Count(progress)} {Pace(progress)}{Failures(progress)}"
        : $"{SafeText.Clean(reading.Name)}: unreadable, {SafeText.Clean(reading.Problem)}";
}
