using System;
using System.Globalization;

namespace StepLog.Cli.Commands;

/// <summary>
/// A point in time as <c>--since</c>/<c>--until</c> take it: a date and time (<c>2026-11-30T08:00:00Z</c>,
/// <c>2026-11-30 08:00</c>; without an offset it is UTC, as the logs' own timestamps are read) or a duration back from
/// now (<c>1h</c>, <c>30m</c>, <c>2d</c>).
/// </summary>
internal static class TimeText
{
    public static bool TryParse(string? text, DateTimeOffset now, out DateTimeOffset time)
    {
        time = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (DurationText.TryParseMs(text, out var ago) && !text.Contains(':', StringComparison.Ordinal) && !text.Contains('-', StringComparison.Ordinal))
        {
            time = now - TimeSpan.FromMilliseconds(ago);
            return true;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time);
    }
}
