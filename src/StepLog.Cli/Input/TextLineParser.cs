using System;
using System.Buffers;
using StepLog.Cli.Model;
using StepLog.Shared;

namespace StepLog.Cli.Input;

/// <summary>
/// Reads a text line: StepLog's own format (the <c>steplog</c> console formatter, or a sink that writes the message
/// alone) or Serilog's file template. The line is a StepLog line when a symbol stands after an accepted prefix
/// (<see cref="LinePrefix"/>) and the text after it has StepLog's shape (<see cref="LineBody"/>).
/// </summary>
internal static class TextLineParser
{
    // Where a symbol can start: its first character (a surrogate for 🚀 🔁 🏁) or '[' of an ASCII tag.
    private static readonly SearchValues<char> SymbolStarts = SearchValues.Create(LineSymbolTable.TagStart + LineSymbolTable.EmojiStarts);

    /// <summary>A prefix longer than this (timestamp, indentation, level, source) is not one StepLog writes.</summary>
    private const int MaxPrefix = 512;

    public static bool TryParse(ReadOnlySpan<char> line, LineFields fields, out LogFormat format)
    {
        format = LogFormat.StepLogText;
        var searched = 0;
        var limit = Math.Min(line.Length, MaxPrefix + LeadingSpaces(line));
        while (searched < limit)
        {
            var at = line[searched..limit].IndexOfAny(SymbolStarts);
            if (at < 0)
            {
                return false;
            }

            at += searched;
            searched = at + 1;
            var symbol = LineSymbols.At(line, at, out var bodyStart);
            if (symbol == LineSymbol.None)
            {
                continue;
            }

            fields.Clear();
            if (LinePrefix.TryRead(line[..at], fields, out format) && LineBody.TryRead(line[bodyStart..], symbol, fields))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads a message without prefix, as the JSON formats carry it.</summary>
    public static bool TryParseMessage(ReadOnlySpan<char> message, LineFields fields)
    {
        if (message.IsEmpty)
        {
            return false;
        }

        fields.Clear();
        var symbol = LineSymbols.At(message, 0, out var bodyStart);
        return symbol != LineSymbol.None && LineBody.TryRead(message[bodyStart..], symbol, fields);
    }

    /// <summary>The kind of line a message or message template starts as, from its symbol alone.</summary>
    public static LogEventKind? KindOfSymbol(ReadOnlySpan<char> message)
    {
        if (message.IsEmpty)
        {
            return null;
        }

        return LineSymbols.At(message, 0, out var bodyStart) switch
        {
            LineSymbol.Start => LogEventKind.OperationStart,
            LineSymbol.Done => LogEventKind.OperationComplete,
            LineSymbol.Incomplete => LogEventKind.OperationIncomplete,
            LineSymbol.Warn => message[bodyStart..].StartsWith("INCOMPLETE: ", StringComparison.Ordinal) ? LogEventKind.OperationIncomplete : LogEventKind.StepWarning,
            LineSymbol.Step => LogEventKind.StepStart,
            LineSymbol.Ok => LogEventKind.StepSuccess,
            LineSymbol.Fail => LogEventKind.StepFailed,
            LineSymbol.Skip => LogEventKind.StepSkipped,
            LineSymbol.Cancel => message[bodyStart..].StartsWith("[", StringComparison.Ordinal) ? LogEventKind.StepCancelled
                : message[bodyStart..].StartsWith(LineBody.InterruptedHead, StringComparison.Ordinal) ? LogEventKind.OperationInterrupted
                : null,
            LineSymbol.Interrupted => LogEventKind.OperationInterrupted,
            LineSymbol.Progress => LogEventKind.OperationProgress,
            LineSymbol.Retry => LogEventKind.StepRetry,
            _ => null,
        };
    }

    private static int LeadingSpaces(ReadOnlySpan<char> line)
    {
        var count = 0;
        while (count < line.Length && line[count] == ' ')
        {
            count++;
        }

        return count;
    }
}
