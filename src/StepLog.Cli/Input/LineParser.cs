using System;
using StepLog.Cli.Model;

namespace StepLog.Cli.Input;

/// <summary>
/// Detects each line's format on its own (so one file may mix them) and turns StepLog's lines into events; the lines
/// that continue an entry are never read as StepLog lines (<see cref="ContinuationLines"/>).
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
        _statistics.Lines++;
        switch (line.Kind)
        {
            case RawLineKind.TooLong:
                _statistics.TooLongLines++;
                _statistics.AddProblem(file, line.Number, $"longer than {LineReader.MaxLineBytes / (1024 * 1024)} MB, skipped");
                return null;
            case RawLineKind.Binary:
                _statistics.BinaryLines++;
                _statistics.AddProblem(file, line.Number, "binary data (NUL bytes), skipped");
                return null;
        }

        var text = line.Text!;
        if (_continuation.IsContinuation(text))
        {
            // An exception's or a message's further lines: other logging, whatever they hold.
            _statistics.OtherLines++;
            return null;
        }

        var content = text.AsSpan().TrimStart();
        LogFormat format;
        if (!content.IsEmpty && content[0] == '{')
        {
            if (!MayBeStepLogJson(content))
            {
                _statistics.OtherLines++;
                return null;
            }

            switch (JsonLineParser.TryParse(text, _fields, out format, out var problem))
            {
                case JsonLineResult.Invalid:
                    _statistics.InvalidLines++;
                    _statistics.AddProblem(file, line.Number, problem ?? "invalid");
                    return null;
                case JsonLineResult.Other:
                    _statistics.OtherLines++;
                    return null;
            }
        }
        else if (!TextLineParser.TryParse(text, _fields, out format))
        {
            _statistics.OtherLines++;
            return null;
        }

        _statistics.Events++;
        return _fields.ToEvent(format, file, line.Number, text);
    }

    // StepLog's JSON entries name their operation, or carry its line (and so a symbol) as their message: other
    // entries are passed over without being parsed.
    private static bool MayBeStepLogJson(ReadOnlySpan<char> line) =>
        line.Contains("\"operation\"", StringComparison.Ordinal)
        || line.IndexOfAny(Emoji) >= 0
        || line.Contains("] [", StringComparison.Ordinal)
        || line.Contains("START: ", StringComparison.Ordinal)
        || line.Contains("COMPLETE: ", StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<char> Emoji = System.Buffers.SearchValues.Create("\uD83D\uD83C▶✅❌⏭⏹⚠");
}
