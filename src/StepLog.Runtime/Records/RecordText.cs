using System;

namespace StepLog.Records;

/// <summary>
/// The one rule for text a store keeps: a NUL and a lone surrogate become U+FFFD, everything else stays as given.
/// PostgreSQL's text holds no NUL and UTF-8 no lone surrogate, so one database failed where the other replaced: with
/// the repair made once, before any store sees the record, every store returns the same text for the same input.
/// U+FFFD is Unicode's own mark for "a character that could not be kept", the one UTF-8 decoders already write, and
/// it keeps the text's length and the rest of it.
/// </summary>
internal static class RecordText
{
    public const char Replacement = '\uFFFD';

    /// <summary>The text as every store keeps it: the same instance when there is nothing to repair.</summary>
    public static string? Repair(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var first = FirstUnkeepable(text);
        return first < 0 ? text : RepairFrom(text, first);
    }

    private static int FirstUnkeepable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnkeepableAt(text, i, out var pairLength))
            {
                return i;
            }

            i += pairLength - 1;
        }

        return -1;
    }

    private static string RepairFrom(string text, int first)
    {
        var chars = text.ToCharArray();
        for (var i = first; i < chars.Length; i++)
        {
            if (IsUnkeepableAt(text, i, out var pairLength))
            {
                chars[i] = Replacement;
            }
            else
            {
                i += pairLength - 1;
            }
        }

        return new string(chars);
    }

    // A NUL, or a surrogate that is not the first half of a pair followed by its second; pairLength is 2 for a pair.
    private static bool IsUnkeepableAt(string text, int index, out int pairLength)
    {
        pairLength = 1;
        var c = text[index];
        if (c == '\0')
        {
            return true;
        }

        if (!char.IsSurrogate(c))
        {
            return false;
        }

        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            pairLength = 2;
            return false;
        }

        return true;
    }
}
