using System;
using System.Globalization;
using StepLog.Shared;

namespace StepLog.Cli.Input;

/// <summary>
/// The <c> (k=v, k=v)</c> list that closes most StepLog text lines. Values are not quoted, so the list is found by its
/// shape: it is the first <c> (</c> after which a key and '=' follow and that runs to the line's final ')'; a pair ends
/// at the next <c>, key=</c>. StepLog's own fields in it (durations, <c>last_step</c>) go to their fields.
/// </summary>
internal static class MetadataList
{
    /// <summary>Where the list starts (the index of its space), or -1.</summary>
    public static int Find(ReadOnlySpan<char> body, int from)
    {
        // A whole list ends the line; where it starts is found as a cut list's start is.
        return body.Length > 0 && body[^1] == ')' ? FindCut(body, from) : -1;
    }

    /// <summary>
    /// Where a list starts that the line cuts off before its ')' (a last line cut while being written), or -1: the
    /// first <c> (</c> followed by a key and '='.
    /// </summary>
    public static int FindCut(ReadOnlySpan<char> body, int from)
    {
        while (from < body.Length)
        {
            var open = body[from..].IndexOf(" (", StringComparison.Ordinal);
            if (open < 0)
            {
                return -1;
            }

            open += from;
            if (KeyLength(body, open + 2) > 0)
            {
                return open;
            }

            from = open + 2;
        }

        return -1;
    }

    /// <summary>Reads the list that starts at <paramref name="start"/> (as <see cref="Find"/> returned it) into the fields.</summary>
    public static void Read(ReadOnlySpan<char> body, int start, LineFields fields)
    {
        var position = start + 2;
        var end = body.Length - 1;
        while (position < end)
        {
            var keyLength = KeyLength(body, position);
            if (keyLength <= 0)
            {
                return;
            }

            var key = body.Slice(position, keyLength);
            var valueStart = position + keyLength + 1;
            var valueEnd = NextPair(body, valueStart, end);
            Assign(fields, key, body[valueStart..valueEnd]);
            position = valueEnd + 2;
        }
    }

    // ", " followed by a key and '=' ends a value; else the list's end does.
    private static int NextPair(ReadOnlySpan<char> body, int from, int end)
    {
        var position = from;
        while (position < end)
        {
            var comma = body[position..end].IndexOf(", ", StringComparison.Ordinal);
            if (comma < 0)
            {
                return end;
            }

            comma += position;
            if (KeyLength(body, comma + 2) > 0)
            {
                return comma;
            }

            position = comma + 2;
        }

        return end;
    }

    // The length of a key at the position, followed by '='; 0 if there is none.
    private static int KeyLength(ReadOnlySpan<char> body, int position)
    {
        for (var i = position; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '=')
            {
                return i - position;
            }

            if (c is ' ' or ',' or '(' or ')' or '=' || char.IsControl(c))
            {
                return 0;
            }
        }

        return 0;
    }

    private static void Assign(LineFields fields, ReadOnlySpan<char> key, ReadOnlySpan<char> value)
    {
        if ((key.SequenceEqual(LineFieldNames.DurationMs) || key.SequenceEqual(LineFieldNames.TotalDurationMs))
            && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var duration))
        {
            fields.DurationMs = duration;
            return;
        }

        if (key.SequenceEqual(LineFieldNames.LastStep) && fields.Kind == Model.LogEventKind.OperationIncomplete && StepNumbers.TryRead(value, out var number, out var total, out var used) && used == value.Length)
        {
            fields.StepNumber = number;
            fields.TotalSteps = total;
            return;
        }

        fields.Metadata.Add(new(fields.Names.Get(key), value.ToString()));
    }
}
