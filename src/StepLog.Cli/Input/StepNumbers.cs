using System;
using System.Globalization;

namespace StepLog.Cli.Input;

/// <summary>Reads <c>n/N</c> or <c>n</c>, as a step head <c>[n/N]</c> and <c>last_step=n/N</c> write them.</summary>
internal static class StepNumbers
{
    public static bool TryRead(ReadOnlySpan<char> text, out int number, out int? total, out int used)
    {
        total = null;
        used = Digits(text);
        if (used == 0 || !int.TryParse(text[..used], NumberStyles.None, CultureInfo.InvariantCulture, out number))
        {
            number = 0;
            return false;
        }

        if (used < text.Length && text[used] == '/')
        {
            var more = Digits(text[(used + 1)..]);
            if (more == 0 || !int.TryParse(text.Slice(used + 1, more), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                return false;
            }

            total = n;
            used += 1 + more;
        }

        return true;
    }

    private static int Digits(ReadOnlySpan<char> text)
    {
        var count = 0;
        while (count < text.Length && count < 10 && char.IsAsciiDigit(text[count]))
        {
            count++;
        }

        return count;
    }
}
