using System;
using StepLog.Cli.Model;
using StepLog.Shared;

namespace StepLog.Cli.Input;

/// <summary>
/// Detects each line's format on its own (so one file may mix them) and turns StepLog's lines into events; the lines
/// that continue an entry are never read as StepLog lines (<see cref="ContinuationLines"/>). Three steps, so that the
/// middle one can run on several threads: <see cref="Screen"/> (in the file's order: whether a line continues an
/// entry), <see cref="ParseText"/> (any order, one parser per thread), <see cref="Count"/> (in order: the statistics).
/// </summary>
internal sealed class LineParser
{
    private readonly LineFields _fields = new();
    private readonly ContinuationLines _continuation = new();
    private readonly ReadStatistics _statistics;

    public LineParser(ReadStatistics statistics) => _statistics = statistics;

    /// <summary>A new file begins: how its entries are written is learned again (see <see cref="ContinuationLines"/>).</summary>
    public void NewFile() => _continuation.NewFile();

    /// <summary>The line's event, or null for a skipped line (counted in the statistics).</summary>
    public LogEvent? Parse(in RawLine line, string file)
    {
        var parsed = Screen(line) ?? ParseText(line.Text!, line.Number, file);
        return Count(parsed, _statistics, file);
    }

    /// <summary>
    /// What a line is before its text is read, in the file's order (it learns how the file's entries are written):
    /// null for a line whose text is to be parsed (<see cref="ParseText"/>).
    /// </summary>
    public ParsedLine? Screen(in RawLine line) => line.Kind switch
    {
        RawLineKind.TooLong => new ParsedLine(LineOutcome.TooLong, line.Number),
        RawLineKind.Binary => new ParsedLine(LineOutcome.Binary, line.Number),

        // An exception's or a message's further lines: other logging, whatever they hold.
        _ => _continuation.IsContinuation(line.Text) ? new ParsedLine(LineOutcome.Other, line.Number) : null,
    };

    /// <summary>Reads a line that starts an entry; uses only this parser's own buffers, so parsers on other threads may run beside it.</summary>
    public ParsedLine ParseText(string text, long number, string file)
    {
        var content = text.AsSpan().TrimStart();
        LogFormat format;
        if (!content.IsEmpty && content[0] == '{')
        {
            if (!MayBeStepLogJson(content))
            {
                return new ParsedLine(LineOutcome.Other, number);
            }

            switch (JsonLineParser.TryParse(text, _fields, out format, out var problem))
            {
                case JsonLineResult.Invalid:
                    return new ParsedLine(LineOutcome.Invalid, number, Problem: problem ?? "invalid");
                case JsonLineResult.Other:
                    return new ParsedLine(LineOutcome.Other, number);
            }
        }
        else if (!TextLineParser.TryParse(text, _fields, out format))
        {
            return new ParsedLine(LineOutcome.Other, number);
        }

        return new ParsedLine(LineOutcome.Event, number, _fields.ToEvent(format, file, number, text));
    }

    /// <summary>Counts a line in the statistics, in the file's order (which keeps the problems listed in it); its event, if it is one.</summary>
    public static LogEvent? Count(in ParsedLine parsed, ReadStatistics statistics, string file)
    {
        statistics.Lines++;
        switch (parsed.Outcome)
        {
            case LineOutcome.Event:
                statistics.Events++;
                return parsed.Event;
            case LineOutcome.TooLong:
                statistics.TooLongLines++;
                statistics.AddProblem(file, parsed.Number, $"longer than {LineReader.MaxLineBytes / (1024 * 1024)} MB, skipped");
                return null;
            case LineOutcome.Binary:
                statistics.BinaryLines++;
                statistics.AddProblem(file, parsed.Number, "binary data (NUL bytes), skipped");
                return null;
            case LineOutcome.Invalid:
                statistics.InvalidLines++;
                statistics.AddProblem(file, parsed.Number, parsed.Problem!);
                return null;
            default:
                statistics.OtherLines++;
                return null;
        }
    }

    // StepLog's JSON entries name their operation, or carry its line (and so a symbol) as their message: other
    // entries are passed over without being parsed.
    private static bool MayBeStepLogJson(ReadOnlySpan<char> line) =>
        line.Contains("\"operation\"", StringComparison.Ordinal)
        || line.IndexOfAny(Emoji) >= 0
        || line.Contains("] [", StringComparison.Ordinal)
        || line.Contains("START: ", StringComparison.Ordinal)
        || line.Contains("COMPLETE: ", StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<char> Emoji = System.Buffers.SearchValues.Create(LineSymbolTable.EmojiStarts);
}

/// <summary>What a line came to.</summary>
internal enum LineOutcome
{
    Event,
    Other,
    Invalid,
    TooLong,
    Binary,
}

/// <summary>A line as parsed: its outcome, its number, its event or what is wrong with it.</summary>
internal readonly record struct ParsedLine(LineOutcome Outcome, long Number, LogEvent? Event = null, string? Problem = null);
