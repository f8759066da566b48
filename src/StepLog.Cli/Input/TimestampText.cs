using System;
using System.Globalization;

namespace StepLog.Cli.Input;

/// <summary>
/// Reads a line's timestamp. The forms logs use most (<c>yyyy-MM-dd HH:mm:ss[.fff]</c>, with 'T', a 'Z' or an offset)
/// are read digit by digit, as the general parser costs more than the rest of the line; anything else goes to
/// <see cref="DateTimeOffset.TryParse(string, IFormatProvider, DateTimeStyles, out DateTimeOffset)"/>. Without an
/// offset a time is taken as UTC.
/// </summary>
internal static class TimestampText
{
    public static bool TryParse(ReadOnlySpan<char> text, out DateTimeOffset timestamp) =>
        TryParseIso(text, out timestamp)
        || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out timestamp);

    private static bool TryParseIso(ReadOnlySpan<char> s, out DateTimeOffset timestamp)
    {
        timestamp = default;
        if (s.Length < 19 || s[4] != '-' || s[7] != '-' || (s[10] != ' ' && s[10] != 'T') || s[13] != ':' || s[16] != ':'
            || !Digits(s, 0, 4, out var year) || !Digits(s, 5, 2, out var month) || !Digits(s, 8, 2, out var day)
            || !Digits(s, 11, 2, out var hour) || !Digits(s, 14, 2, out var minute) || !Digits(s, 17, 2, out var second))
        {
            return false;
        }

        var position = 19;
        long ticks = 0;
        if (position < s.Length && (s[position] == '.' || s[position] == ','))
        {
            position++;
            var scale = TimeSpan.TicksPerSecond;
            while (position < s.Length && char.IsAsciiDigit(s[position]))
            {
                scale /= 10;
                ticks += (s[position] - '0') * scale;
                position++;
            }
        }

        var offset = TimeSpan.Zero;
        var rest = s[position..];
        if (rest is "Z" or "")
        {
            // UTC.
        }
        else if (rest.Length == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':' && Digits(rest, 1, 2, out var oh) && Digits(rest, 4, 2, out var om))
        {
            offset = new TimeSpan(oh, om, 0);
            if (rest[0] == '-')
            {
                offset = -offset;
            }
        }
        else
        {
            return false;
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        timestamp = new DateTimeOffset(new DateTime(year, month, day, hour, minute, second).AddTicks(ticks), offset);
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> s, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var c = s[i];
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
