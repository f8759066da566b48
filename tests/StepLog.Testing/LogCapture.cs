using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;

namespace StepLog.Testing;

/// <summary>One entry as a provider received it: the rendered message and the structured fields.</summary>
public sealed record CapturedEntry(
    string Category,
    LogLevel Level,
    EventId EventId,
    string Message,
    Exception? Exception,
    IReadOnlyList<KeyValuePair<string, object?>> Fields,
    object? State)
{
    public object? Field(string key) => Fields.Single(f => f.Key == key).Value;

    public bool HasField(string key) => Fields.Any(f => f.Key == key);
}

/// <summary>A logger provider that keeps every entry, in order, across threads.</summary>
public sealed class LogCapture : ILoggerProvider, ILoggerFactory
{
    private readonly ConcurrentQueue<CapturedEntry> _entries = new();

    public LogCapture(LogLevel minimumLevel = LogLevel.Trace) => MinimumLevel = minimumLevel;

    public LogLevel MinimumLevel { get; set; }

    public IReadOnlyList<CapturedEntry> Entries => _entries.ToArray();

    /// <summary>The messages, in order.</summary>
    public IReadOnlyList<string> Lines => _entries.Select(e => e.Message).ToArray();

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void AddProvider(ILoggerProvider provider) => throw new NotSupportedException();

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(LogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None && logLevel >= owner.MinimumLevel;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var fields = state is IReadOnlyList<KeyValuePair<string, object?>> list ? list.ToArray() : [];
            owner._entries.Enqueue(new CapturedEntry(category, logLevel, eventId, formatter(state, exception), exception, fields, state));
        }
    }
}

/// <summary>
/// A logger that is enabled at every level and drops every entry without looking at it, so that what allocation tests
/// and benchmarks measure is StepLog's own cost, not a provider's.
/// </summary>
public sealed class DiscardingLogger : ILogger
{
    public static readonly DiscardingLogger Instance = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
    }
}

/// <summary>A logger that is disabled at every level.</summary>
public sealed class DisabledLogger : ILogger
{
    public static readonly DisabledLogger Instance = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => false;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
    }
}
