using System;
using System.Globalization;

namespace StepLog.Cli.Text;

/// <summary>A moment given on the command line: a duration back from now (<c>1h</c>) or a date and time (ISO 8601).</summary>
internal static class TimeArgument
{
    public const string Help = "a duration back from now (30m, 1h, 2d) or a date and time (2026-11-30T08:00:00Z; local time without an offset)";

    public static bool TryParse(string? text, DateTimeOffset now, out DateTimeOffset moment)
    {
        if (DurationText.TryParse(text, out var ago))
        {
            moment = now - ago;
            return true;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeLocal, out moment);
    }
}
