using System;
using StepLog.Cli.Model;

namespace StepLog.Cli.Input;

/// <summary>
/// Reads what stands before a StepLog line's symbol, and refuses anything else, so that a message that merely
/// mentions a symbol is not taken for a StepLog line. Accepted, in this order: a timestamp, the indentation
/// (four spaces per depth), a level tag (<c>[INFO]</c>), the run's <c>[op id]</c>; or Serilog's file template
/// <c>timestamp | source | LVL | </c>, which shows no depth.
/// </summary>
internal static class LinePrefix
{
    /// <summary>The indentation per depth that the <c>steplog</c> formatter uses by default.</summary>
    public const int IndentSize = 4;

    public static bool TryRead(ReadOnlySpan<char> prefix, LineFields fields, out LogFormat format)
    {
        format = LogFormat.StepLogText;
        var rest = prefix;
        StripOperationId(ref rest, fields);

        if (rest.EndsWith(" | ", StringComparison.Ordinal))
        {
            format = LogFormat.SerilogText;
            return SerilogTemplate(rest[..^3], fields);
        }

        var trimmed = rest.TrimEnd(' ');
        if (trimmed.Length > 2 && trimmed[^1] == ']')
        {
            var open = trimmed.LastIndexOf('[');
            if (open >= 0 && IsLevelTag(trimmed[(open + 1)..^1]))
            {
                fields.Level = fields.Names.Get(trimmed[(open + 1)..^1]);
                rest = trimmed[..open];
                StripOperationId(ref rest, fields);
            }
        }

        var indent = 0;
        while (indent < rest.Length && rest[rest.Length - 1 - indent] == ' ')
        {
            indent++;
        }

        fields.Depth = indent / IndentSize;
        return Timestamp(rest[..^indent].Trim(), fields);
    }

    // "[op 3f2a9c1e] " just before the symbol or the level tag.
    private static void StripOperationId(ref ReadOnlySpan<char> rest, LineFields fields)
    {
        var trimmed = rest.TrimEnd(' ');
        if (trimmed.Length < 6 || trimmed[^1] != ']')
        {
            return;
        }

        var open = trimmed.LastIndexOf("[op ", StringComparison.Ordinal);
        if (open < 0)
        {
            return;
        }

        var id = trimmed[(open + 4)..^1];
        if (id.IsEmpty || id.Length > 32 || !IsHex(id))
        {
            return;
        }

        fields.OperationId = id.ToString();
        rest = trimmed[..open];
    }

    // "2026-11-30 08:27:10.123 | StepLog.Samples.Workflow.MarketStream | INF"
    private static bool SerilogTemplate(ReadOnlySpan<char> head, LineFields fields)
    {
        var lastBar = head.LastIndexOf(" | ", StringComparison.Ordinal);
        var firstBar = head.IndexOf(" | ", StringComparison.Ordinal);
        if (lastBar < 0 || firstBar < 0)
        {
            return false;
        }

        var level = head[(lastBar + 3)..].Trim();
        if (level.Length is < 3 or > 11)
        {
            return false;
        }

        fields.Level = fields.Names.Get(level);
        fields.Depth = null;
        return Timestamp(head[..firstBar].Trim(), fields);
    }

    private static bool Timestamp(ReadOnlySpan<char> text, LineFields fields)
    {
        if (text.IsEmpty)
        {
            return true;
        }

        if (TryReadTimestamp(text, out var timestamp))
        {
            fields.Timestamp = timestamp;
            return true;
        }

        return false;
    }

    /// <summary>A timestamp as a prefix carries it: alone, or in brackets (<c>[08:00:00]</c>).</summary>
    internal static bool TryReadTimestamp(ReadOnlySpan<char> text, out DateTimeOffset timestamp)
    {
        timestamp = default;
        if (text.Length > 2 && text[0] == '[' && text[^1] == ']')
        {
            text = text[1..^1];
        }

        return !text.IsEmpty && text.Length <= 48 && TimestampText.TryParse(text, out timestamp);
    }

    internal static bool IsLevelTag(ReadOnlySpan<char> text) =>
        text is "TRACE" or "DEBUG" or "INFO" or "WARN" or "ERROR" or "CRITICAL" or "NONE"
            or "VRB" or "DBG" or "INF" or "WRN" or "ERR" or "FTL"
            or "Trace" or "Debug" or "Information" or "Warning" or "Error" or "Critical";

    private static bool IsHex(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
