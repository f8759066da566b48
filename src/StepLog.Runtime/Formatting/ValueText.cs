using System;
using System.Globalization;
using System.Text;

namespace StepLog;

/// <summary>
/// Renders names and metadata values into a line: invariant culture, dates and times in ISO 8601, collections as their
/// count, other sequences as <c>&lt;sequence&gt;</c>, and every control character escaped, so that no value can break a
/// line in two or forge another one; and gives structured sinks the same text (<see cref="StructuredValue"/>).
/// </summary>
internal static class ValueText
{
    /// <summary>Longer strings are cut, so that one value cannot flood the log.</summary>
    internal const int MaxLength = 1024;

    public static void AppendValue(StringBuilder builder, object? value) => AppendEscaped(builder, TextOf(value));

    /// <summary>
    /// The value as structured fields carry it, so that no sink that renders it as text writes a control character:
    /// a string escaped (not cut: a structured sink keeps it whole); numbers, booleans, dates, times, durations, GUIDs
    /// and enums as they are; a collection as its count, another sequence as <c>&lt;sequence&gt;</c> (a sink would
    /// enumerate it); anything else as its text on the line, escaped, since a sink would write its <c>ToString()</c>
    /// as it is.
    /// </summary>
    public static object? StructuredValue(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case string text:
                return Escaped(text);
            case bool or byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal
                or DateTime or DateTimeOffset or TimeSpan or Guid or Enum:
                return value;
#if NET6_0_OR_GREATER
            case DateOnly or TimeOnly:
                return value;
#endif
        }

        try
        {
            if (CollectionCount.IsSequence(value, out var count))
            {
                return count ?? (object)CollectionCount.SequenceText;
            }
        }
        catch (Exception fault)
        {
            // A collection's Count may throw; the fault stays out of the user's code and of the provider.
            return "<error: " + fault.GetType().Name + ">";
        }

        return Escaped(TextOf(value));
    }

    // The value's text before escaping: invariant, a collection as its count, dates and times round-trip.
    private static string TextOf(object? value)
    {
        switch (value)
        {
            case null:
                return "null";
            case string text:
                return text;
            case bool flag:
                return flag ? "true" : "false";
        }

        try
        {
            var text = CollectionCount.IsSequence(value, out var count)
                ? count?.ToString(CultureInfo.InvariantCulture) ?? CollectionCount.SequenceText
                : value is IFormattable formattable
                    ? formattable.ToString(IsDateOrTime(value) ? RoundTrip : null, CultureInfo.InvariantCulture)
                    : value.ToString();
            return text ?? "null";
        }
        catch (Exception fault)
        {
            // A value's ToString must not cost the user the line, nor reach the user's code.
            return "<error: " + fault.GetType().Name + ">";
        }
    }

    /// <summary>
    /// Whether the value is a date or a time: written in the round-trip format ("O", ISO 8601), as structured sinks
    /// write the value itself, never in a culture's shape (<c>01/01/1970 00:00:00</c>).
    /// </summary>
    internal static bool IsDateOrTime(object value) =>
        value is DateTime or DateTimeOffset
#if NET6_0_OR_GREATER
            or DateOnly or TimeOnly
#endif
        ;

    /// <summary>The round-trip format of dates and times: ISO 8601, invariant, with the offset where the value has one.</summary>
    internal const string RoundTrip = "O";

    public static void AppendEscaped(StringBuilder builder, string? text)
    {
        if (text is null)
        {
            builder.Append("null");
            return;
        }

        var length = Math.Min(text.Length, MaxLength);

        // A cut between the two halves of a surrogate pair would leave half a character, which no encoder can write.
        if (length < text.Length && char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        AppendEscaped(builder, text, 0, length);
        if (length < text.Length)
        {
            builder.Append("…(+").Append(text.Length - length).Append(" chars)");
        }
    }

    /// <summary>
    /// <paramref name="count"/> characters of <paramref name="text"/> from <paramref name="start"/>, escaped and never
    /// cut: for text that is not a value of a line, such as another library's message or an exception's text.
    /// </summary>
    public static void AppendEscaped(StringBuilder builder, string text, int start, int count)
    {
        var end = start + count;
        for (var i = start; i < end; i++)
        {
            if (!NeedsEscape(text[i]))
            {
                continue;
            }

            builder.Append(text, start, i - start);
            AppendEscape(builder, text[i]);
            start = i + 1;
        }

        builder.Append(text, start, end - start);
    }

    /// <summary>The text escaped and never cut; the same string, without allocating, when it needs no escape.</summary>
    public static string Escaped(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (NeedsEscape(text[i]))
            {
                var builder = new StringBuilder(text.Length + 16);
                AppendEscaped(builder, text, 0, text.Length);
                return builder.ToString();
            }
        }

        return text;
    }

    /// <summary>Whether the character is one that no line StepLog writes may carry as it is.</summary>
    // C0 and C1 controls (ESC starts ANSI sequences), DEL, and the Unicode line and paragraph separators.
    public static bool NeedsEscape(char c) =>
        c < ' ' || (c >= '\u007f' && c <= '\u009f') || c == '\u2028' || c == '\u2029';

    private static void AppendEscape(StringBuilder builder, char c)
    {
        switch (c)
        {
            case '\n': builder.Append("\\n"); break;
            case '\r': builder.Append("\\r"); break;
            case '\t': builder.Append("\\t"); break;
            default: builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
        }
    }
}
