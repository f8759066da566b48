using System;
using System.Collections.Generic;

namespace StepLog.Cli.Model;

/// <summary>
/// One StepLog line, parsed: what happened, to which operation and step, with its values and where it was read. Values
/// are kept as they were in the log (text escapes included); <see cref="Text.SafeText"/> makes them safe to print.
/// </summary>
internal sealed class LogEvent
{
    public required LogEventKind Kind { get; init; }

    /// <summary>The operation's name; null on a text step line, which does not name its operation.</summary>
    public string? Operation { get; init; }

    /// <summary>The run's id (<c>operation_id</c> in JSON, the <c>[op …]</c> prefix in text), when the line has one.</summary>
    public string? OperationId { get; init; }

    /// <summary>The step's number; on an INCOMPLETE line, the last step's.</summary>
    public int? StepNumber { get; init; }

    /// <summary>N of <c>[n/N]</c>; null where the line writes <c>[n]</c> (the total was not known).</summary>
    public int? TotalSteps { get; init; }

    /// <summary>The step's name; null on operation lines.</summary>
    public string? Step { get; init; }

    /// <summary>The nesting depth (0 for a top-level operation); null where the format does not show it (Serilog text).</summary>
    public int? Depth { get; init; }

    /// <summary>The step's <c>duration_ms</c>, or the operation's <c>total_duration_ms</c>.</summary>
    public double? DurationMs { get; init; }

    /// <summary>The failure's or retried error's message, the skip's reason, the warning's message.</summary>
    public string? Text { get; init; }

    /// <summary>The attempt a RETRY line reports.</summary>
    public int? Attempt { get; init; }

    /// <summary>The line's own values (not StepLog's fields), in the order written.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Metadata { get; init; } = [];

    /// <summary>When the line was written, where it says so.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>The log level as written (<c>INFO</c>, <c>Information</c>, <c>INF</c>…), where the line has one.</summary>
    public string? Level { get; init; }

    public required LogFormat Format { get; init; }

    /// <summary>The file the line was read from (<c>-</c> for standard input).</summary>
    public required string File { get; init; }

    /// <summary>The line's number in its file, from 1.</summary>
    public required long Line { get; init; }

    /// <summary>The line as read (decoded as UTF-8, without its line break). May hold control characters: sanitize before printing.</summary>
    public required string Raw { get; init; }

    /// <summary>The value of a metadata key, or null.</summary>
    public string? Value(string key)
    {
        foreach (var pair in Metadata)
        {
            if (string.Equals(pair.Key, key, StringComparison.Ordinal))
            {
                return pair.Value;
            }
        }

        return null;
    }
}
