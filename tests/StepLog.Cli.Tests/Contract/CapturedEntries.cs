using Microsoft.Extensions.Logging;

namespace StepLog.Cli.Tests.Contract;

/// <summary>One entry the runtime handed its logger: its state, and how to hand it again to another logger.</summary>
internal sealed record CapturedEntry(LogLevel Level, EventId EventId, IReadOnlyList<KeyValuePair<string, object?>> State, Action<ILogger> Replay)
{
    public object? Field(string key) => State.FirstOrDefault(pair => pair.Key == key).Value;
}

/// <summary>A logger that keeps what the runtime logs, so that each entry can be written through every sink.</summary>
internal sealed class CapturingLogger : ILogger
{
    public List<CapturedEntry> Entries { get; } = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var fields = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
        lock (Entries)
        {
            Entries.Add(new(logLevel, eventId, fields, target => target.Log(logLevel, eventId, state, exception, formatter)));
        }
    }
}
