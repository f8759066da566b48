using System;
using System.Globalization;

namespace StepLog.Cli.Commands;

/// <summary>Durations as options take them: <c>500ms</c>, <c>1s</c>, <c>1.5s</c>, <c>2m</c>, <c>1h</c>, <c>1d</c>; a bare number is milliseconds.</summary>
internal static class DurationText
{
    public static bool TryParseMs(string? text, out double milliseconds)
    {
        milliseconds = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var span = text.AsSpan().Trim();
        var (unit, factor) = span switch
        {
            _ when span.EndsWith("ms", StringComparison.OrdinalIgnoreCase) => (2, 1.0),
            _ when span.EndsWith("s", StringComparison.OrdinalIgnoreCase) => (1, 1000.0),
            _ when span.EndsWith("m", StringComparison.OrdinalIgnoreCase) => (1, 60_000.0),
            _ when span.EndsWith("h", StringComparison.OrdinalIgnoreCase) => (1, 3_600_000.0),
            _ when span.EndsWith("d", StringComparison.OrdinalIgnoreCase) => (1, 86_400_000.0),
            _ => (0, 1.0),
        };
        if (!double.TryParse(span[..^unit], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0 || double.IsInfinity(value))
        {
            return false;
        }

        milliseconds = value * factor;
        return true;
    }
}
