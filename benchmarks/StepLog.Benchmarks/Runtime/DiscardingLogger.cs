using Microsoft.Extensions.Logging;

namespace StepLog.Benchmarks.Runtime;

/// <summary>
/// A logger that says every level is enabled (or none) and drops what it is given, so that a benchmark measures what
/// the instrumentation costs, not what a provider does with the line.
/// </summary>
public sealed class DiscardingLogger : ILogger
{
    private readonly bool _enabled;

    private DiscardingLogger(bool enabled) => _enabled = enabled;

    /// <summary>Enabled at every level; Log does nothing.</summary>
    public static DiscardingLogger Enabled { get; } = new(enabled: true);

    /// <summary>Disabled at every level: what an application gets when the step's level is filtered out.</summary>
    public static DiscardingLogger Disabled { get; } = new(enabled: false);

    public static DiscardingLogger For(LevelState level) => level == LevelState.Enabled ? Enabled : Disabled;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => _enabled && logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
    }
}

/// <summary>Whether the steps' level is enabled (with <see cref="DiscardingLogger.Enabled"/>) or filtered out.</summary>
public enum LevelState
{
    Disabled,
    Enabled,
}
