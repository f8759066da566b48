using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace StepLog.Runtime.Tests;

/// <summary>A provider's logger that also takes buffered records, as Microsoft.Extensions.Logging 9 providers can; it copies what it gets.</summary>
internal sealed class BufferedCaptureLogger : ILogger, IBufferedLogger
{
    public ConcurrentQueue<string> Logged { get; } = new();

    public ConcurrentQueue<IReadOnlyList<Record>> Batches { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Logged.Enqueue(formatter(state, exception));

    // Records may be reused after the call: what a test looks at is copied now.
    public void LogRecords(IEnumerable<BufferedLogRecord> records) =>
        Batches.Enqueue(records.Select(r => new Record(
            r.Timestamp, r.EventId.Id, r.LogLevel, r.FormattedMessage ?? "", r.Attributes.ToDictionary(a => a.Key, a => a.Value))).ToList());

    public sealed record Record(DateTimeOffset Timestamp, int EventId, LogLevel Level, string Message, Dictionary<string, object?> Attributes);
}
