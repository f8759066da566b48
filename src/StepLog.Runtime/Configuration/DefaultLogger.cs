using System;
using Microsoft.Extensions.Logging;

namespace StepLog;

/// <summary>
/// A logger of one category that follows <see cref="StepLogging.LoggerFactory"/>: when the factory is replaced, the
/// next call creates the category's logger from the new one. Generated code can therefore keep it in a static field.
/// </summary>
internal sealed class DefaultLogger(string categoryName) : ILogger
{
    private Bound _bound = new(-1, null);

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => Inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => Inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Inner.Log(logLevel, eventId, state, exception, formatter);

    private ILogger Inner
    {
        get
        {
            var bound = _bound;
            var version = StepLogging.Version;
            if (bound.Version == version && bound.Logger is not null)
            {
                return bound.Logger;
            }

            var logger = StepLogging.LoggerFactory.CreateLogger(categoryName);
            _bound = new Bound(version, logger);
            return logger;
        }
    }

    // One immutable pair, replaced whole, so that a reader never sees a logger of one version with another's number.
    private sealed class Bound(int version, ILogger? logger)
    {
        public int Version { get; } = version;

        public ILogger? Logger { get; } = logger;
    }
}
