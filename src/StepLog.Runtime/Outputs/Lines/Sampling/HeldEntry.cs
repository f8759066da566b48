using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace StepLog;

/// <summary>
/// One line held by a sampled operation, with all a provider needs to write it later as if it were written now: the
/// logger it was for, its level and event id, a copy of its state that later changes cannot reach (see
/// <see cref="FrozenMetadata"/>), when it was logged, and the trace and thread it was logged on. It carries no exception:
/// a line with one keeps its run, and is written at once (see <see cref="HeldLines"/>).
/// As the state of a line written to an ordinary logger, it adds a <c>timestamp</c> field: the original time, in ISO 8601.
/// </summary>
internal sealed class HeldEntry : IReadOnlyList<KeyValuePair<string, object?>>, IStepLogEntry
{
    public static readonly Func<HeldEntry, Exception?, string> Formatter = static (entry, _) => entry.Format(StepSymbols.Emoji);

    private readonly StepLogEntry<FrozenMetadata> _entry;

    private HeldEntry(ILogger logger, LogLevel level, EventId eventId, in StepLogEntry<FrozenMetadata> entry, DateTimeOffset timestamp)
    {
        Logger = logger;
        Level = level;
        EventId = eventId;
        _entry = entry;
        Timestamp = timestamp;
        var span = entry.Span;
        TraceId = span?.TraceId ?? default;
        SpanId = span?.SpanId ?? default;
        ThreadId = Environment.CurrentManagedThreadId;
    }

    public ILogger Logger { get; }

    public LogLevel Level { get; }

    public EventId EventId { get; }

    /// <summary>When the line was logged.</summary>
    public DateTimeOffset Timestamp { get; }

    public ActivityTraceId TraceId { get; }

    public ActivitySpanId SpanId { get; }

    public int ThreadId { get; }

    public StepEvent Kind => _entry.Kind;

    public string OperationName => _entry.OperationName;

    public string? StepName => _entry.StepName;

    public int StepNumber => _entry.StepNumber;

    public int TotalSteps => _entry.TotalSteps;

    public int Depth => _entry.Depth;

    public double? DurationMs => _entry.DurationMs;

    public string? OperationId => _entry.OperationId;

    /// <summary>The line's own fields and the <c>timestamp</c>, then the message template last, where providers look for it.</summary>
    public int Count => _entry.Count + 1;

    /// <summary>The line's fields without the timestamp and the template: the attributes of a buffered record.</summary>
    public int FieldCount => _entry.Count - 1;

    public KeyValuePair<string, object?> this[int index]
    {
        get
        {
            var template = _entry.Count - 1;
            if (index >= 0 && index < template)
            {
                return _entry[index];
            }

            return index == template
                ? new(FrozenMetadata.TimestampKey, Timestamp.ToString("O", CultureInfo.InvariantCulture))
                : _entry[index - 1];
        }
    }

    /// <summary>The message template (<c>{OriginalFormat}</c>).</summary>
    public string? Template => _entry[_entry.Count - 1].Value as string;

    public static HeldEntry Capture<TMetadata>(ILogger logger, LogLevel level, EventId eventId, in StepLogEntry<TMetadata> entry)
        where TMetadata : struct, IStepMetadata =>
        new(logger, level, eventId, entry.WithMetadata(FrozenMetadata.Of(entry.Metadata, entry.Kind)), SamplingSettings.Clock());

    public string Format(StepSymbols symbols) => _entry.Format(symbols);

    public override string ToString() => Format(StepSymbols.Emoji);

    /// <summary>Writes the line to its logger; a provider that throws costs the line, never the user's code.</summary>
    public void Write()
    {
        try
        {
            Logger.Log(Level, EventId, this, null, Formatter);
        }
        catch (Exception fault)
        {
            StepLogging.ReportFault(fault);
        }
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        var count = Count;
        for (var i = 0; i < count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
