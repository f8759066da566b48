using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace StepLog.Benchmarks.Runtime;

/// <summary>
/// A logger that hands each entry to a console formatter, as the console logger does, writing to a given writer
/// instead of the console's queue; the formatter's work is all that is measured.
/// </summary>
public sealed class FormattingLogger(ConsoleFormatter consoleFormatter, TextWriter writer) : ILogger
{
    private const string Category = "ModelSync";

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var entry = new LogEntry<TState>(logLevel, Category, eventId, state, exception, formatter);
        consoleFormatter.Write(in entry, scopeProvider: null, writer);
    }
}
