using System;
using System.Collections.Generic;
using StepLog.Cli.Model;

namespace StepLog.Cli.Input;

/// <summary>The fields of a line while a parser collects them; <see cref="ToEvent"/> makes the immutable event.</summary>
internal sealed class LineFields
{
    public LogEventKind Kind { get; set; }

    public string? Operation { get; set; }

    public string? OperationId { get; set; }

    public int? StepNumber { get; set; }

    public int? TotalSteps { get; set; }

    public string? Step { get; set; }

    public int? Depth { get; set; }

    public double? DurationMs { get; set; }

    public string? Text { get; set; }

    public int? Attempt { get; set; }

    public List<KeyValuePair<string, string>> Metadata { get; } = [];

    /// <summary>The parser's strings for the texts its lines repeat (names, levels, keys).</summary>
    public TextPool Names { get; } = new();

    public DateTimeOffset? Timestamp { get; set; }

    public string? Level { get; set; }

    /// <summary>Forgets what an attempt that failed half-way read.</summary>
    public void Clear()
    {
        Operation = null;
        OperationId = null;
        StepNumber = null;
        TotalSteps = null;
        Step = null;
        Depth = null;
        DurationMs = null;
        Text = null;
        Attempt = null;
        Metadata.Clear();
        Timestamp = null;
        Level = null;
    }

    public LogEvent ToEvent(LogFormat format, string file, long line, string raw) => new()
    {
        Kind = Kind,
        Operation = Operation,
        OperationId = OperationId,
        StepNumber = StepNumber,
        TotalSteps = TotalSteps,
        Step = Step,
        Depth = Depth,
        DurationMs = DurationMs,
        Text = Text,
        Attempt = Attempt,
        Metadata = Metadata.Count == 0 ? [] : Metadata.ToArray(),
        Timestamp = Timestamp,
        Level = Level,
        Format = format,
        File = file,
        Line = line,
        Raw = raw,
    };
}
