using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace StepLog;

/// <summary>
/// Renders names and metadata values into a line: invariant culture, collections as their count, and every control
/// character escaped, so that no value can break a line in two or forge another one.
/// </summary>
internal static class ValueText
{
    /// <summary>Longer strings are cut, so that one value cannot flood the log.</summary>
    internal const int MaxLength = 1024;

    public static void AppendValue(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                return;
            case string text:
                AppendEscaped(builder, text);
                return;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                return;
        }

        string? text2;
        try
        {
            text2 = TryCount(value, out var count)
                ? count.ToString(CultureInfo.InvariantCulture)
                : value is IFormattable formattable
                    ? formattable.ToString(null, CultureInfo.InvariantCulture)
                    : value.ToString();
        }
        catch (Exception fault)
        {
            // A value's ToString must not cost the user the line, nor reach the user's code.
            builder.Append("<error: ").Append(fault.GetType().Name).Append('>');
            return;
        }

        AppendEscaped(builder, text2 ?? "null");
    }

    /// <summary>The value as structured fields carry it: collections as their count, everything else as it is.</summary>
    public static object? StructuredValue(object? value) =>
        value is not string && TryCount(value, out var count) ? count : value;

    public static void AppendEscaped(StringBuilder builder, string? text)
    {
        if (text is null)
        {
            builder.Append("null");
            return;
        }

        var length = Math.Min(text.Length, MaxLength);
        var start = 0;
        for (var i = 0; i < length; i++)
        {
            var c = text[i];
            if (!NeedsEscape(c))
            {
                continue;
            }

            builder.Append(text, start, i - start);
            AppendEscape(builder, c);
            start = i + 1;
        }

        builder.Append(text, start, length - start);
        if (text.Length > MaxLength)
        {
            builder.Append("…(+").Append(text.Length - MaxLength).Append(" chars)");
        }
    }

    // C0 and C1 controls (ESC starts ANSI sequences), DEL, and the Unicode line and paragraph separators.
    private static bool NeedsEscape(char c) =>
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

    private static bool TryCount(object? value, out int count)
    {
        switch (value)
        {
            case string:
                break;
            case ICollection collection:
                count = collection.Count;
                return true;
            // Covariance covers every collection of reference types; the common value types are listed.
            case IReadOnlyCollection<object> items:
                count = items.Count;
                return true;
            case IReadOnlyCollection<int> items:
                count = items.Count;
                return true;
            case IReadOnlyCollection<long> items:
                count = items.Count;
                return true;
            case IReadOnlyCollection<double> items:
                count = items.Count;
                return true;
            case IReadOnlyCollection<Guid> items:
                count = items.Count;
                return true;
        }

        count = 0;
        return false;
    }
}
