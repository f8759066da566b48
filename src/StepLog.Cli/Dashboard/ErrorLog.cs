using System;
using System.IO;
using Microsoft.Extensions.Logging;
using StepLog.Cli.Text;

namespace StepLog.Cli.Dashboard;

/// <summary>
/// The served application's warnings and errors (a store that did not answer a page, a request Kestrel refused), one
/// line each on the command's standard error with control characters escaped; the dashboard's error page points to
/// this log, and a command line has no other. Below Warning nothing is written: standard output stays the URL's. Quiet
/// until <see cref="Serving"/>: a host that cannot start is said once, by the command, not also by the host's log.
/// </summary>
internal sealed class ErrorLog(TextWriter error) : ILoggerProvider
{
    private volatile bool _serving;

    /// <summary>Set once the server listens.</summary>
    public bool Serving
    {
        get => _serving;
        set => _serving = value;
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, error, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(ErrorLog log, TextWriter error, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => log.Serving && logLevel >= LogLevel.Warning && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var message = formatter(state, exception) + (exception is null ? string.Empty : $" ({exception.GetType().Name}: {exception.Message})");
            lock (error)
            {
                error.WriteLine($"steplog dashboard: {logLevel.ToString().ToLowerInvariant()} in {SafeText.Clean(category)}: {SafeText.Clean(message)}");
            }
        }
    }
}
