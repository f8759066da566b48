using System;
using Microsoft.Extensions.Logging;

namespace StepLog;

/// <summary>
/// A logger of one category that follows <see cref="StepLogging.LoggerFactory"/>: when the factory is replaced, the
/// next call creates the category's logger from the new one. Generated code can therefore keep it in a static field.
/// </summary>
internal sealed class DefaultLogger(string categoryName) : ILogger
{
    private Bound _bound = new(null, null);

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => Inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => Inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Inner.Log(logLevel, eventId, state, exception, formatter);

    private ILogger Inner
    {
        get
        {
            var factory = StepLogging.LoggerFactory;
            var bound = _bound;
            if (ReferenceEquals(bound.Factory, factory))
            {
                return bound.Logger!;
            }

            var logger = factory.CreateLogger(categoryName);
            _bound = new Bound(factory, logger);
            return logger;
        }
    }

    // One immutable pair, replaced whole, so that a reader never sees a logger of one factory as another's. Bound to
    // the factory itself, not to a version number, since flows with configurations of their own (tests) may each see a
    // different factory at the same moment.
    private sealed class Bound(ILoggerFactory? factory, ILogger? logger)
    {
        public ILoggerFactory? Factory { get; } = factory;

        public ILogger? Logger { get; } = logger;
    }
}
