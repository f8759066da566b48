#if NET9_0_OR_GREATER
using System;
using System.Collections.Generic;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace StepLog;

/// <summary>A held line as a buffered record: what an <see cref="IBufferedLogger"/> writes with the line's original time.</summary>
internal sealed class HeldRecord(HeldEntry entry) : BufferedLogRecord
{
    public override DateTimeOffset Timestamp => entry.Timestamp;

    public override LogLevel LogLevel => entry.Level;

    public override EventId EventId => entry.EventId;

    public override string? FormattedMessage => entry.Format(StepSymbols.Emoji);

    public override string? MessageTemplate => entry.Template;

    public override IReadOnlyList<KeyValuePair<string, object?>> Attributes => new Fields(entry);

    public override ActivitySpanId? ActivitySpanId => entry.SpanId == default ? null : entry.SpanId;

    public override ActivityTraceId? ActivityTraceId => entry.TraceId == default ? null : entry.TraceId;

    public override int? ManagedThreadId => entry.ThreadId;

    /// <summary>Hands lines [<paramref name="start"/>, <paramref name="end"/>) to the logger at once; a logger that throws costs them, never the user's code.</summary>
    public static void Write(IBufferedLogger logger, List<HeldEntry> lines, int start, int end)
    {
        var records = new BufferedLogRecord[end - start];
        for (var i = start; i < end; i++)
        {
            records[i - start] = new HeldRecord(lines[i]);
        }

        try
        {
            logger.LogRecords(records);
        }
        catch (Exception fault)
        {
            StepLogging.ReportFault(fault);
        }
    }

    /// <summary>The line's fields: the timestamp is the record's own, and the template its <see cref="MessageTemplate"/>.</summary>
    private sealed class Fields(HeldEntry entry) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public int Count => entry.FieldCount;

        public KeyValuePair<string, object?> this[int index] =>
            index >= 0 && index < Count ? entry[index] : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return entry[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
#endif
