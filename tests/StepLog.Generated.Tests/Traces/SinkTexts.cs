using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace StepLog.Generated.Tests.Traces;

/// <summary>One text a sink received for a failure, and the trace of the exception the caller caught.</summary>
/// <param name="Case">The failing call.</param>
/// <param name="Sink">Where the text went: <c>exception</c> (the object handed to ILogger, as Serilog's <c>@x</c> renders
/// it: its ToString), <c>console</c> (StepLog's console formatter) or <c>span</c> (the exception event's stacktrace).</param>
/// <param name="Logged">The text, as it was when the sink received it.</param>
/// <param name="Caught">The stack trace of the exception the caller caught.</param>
public sealed record SinkText(string Case, string Sink, string Logged, string Caught);

/// <summary>
/// Keeps, at the moment of each failure, the text every sink makes of its exception: the exception's ToString and the
/// console formatter's output (both inside ILogger.Log, when a sink reads them), and the span's exception.stacktrace.
/// Shared by the in-process tests (Release) and the Debug fixture, so that both builds are held to the same promise.
/// </summary>
public sealed class SinkTexts : ILogger, IDisposable
{
    private readonly ServiceProvider _services;
    private readonly ConsoleFormatter _console;
    private readonly ActivityListener _listener;
    private readonly List<(string Sink, string Text)> _pending = [];

    public SinkTexts()
    {
        _services = new ServiceCollection().AddLogging(logging => logging.AddStepLogConsole()).BuildServiceProvider();
        _console = _services.GetServices<ConsoleFormatter>().Single(f => f.Name == StepLogConsoleFormatterOptions.FormatterName);
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == StepLogging.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                foreach (var e in activity.Events.Where(e => e.Name == "exception"))
                {
                    Keep("span", e.Tags.Single(t => t.Key == "exception.stacktrace").Value as string ?? string.Empty);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>The texts of every failure so far, with the trace the caller caught.</summary>
    public List<SinkText> Texts { get; } = [];

    /// <summary>Runs the failing calls: a sync step in a sync operation, and async steps in an async operation, pending or not.</summary>
    public static async Task<List<SinkText>> CollectAsync()
    {
        using var sinks = new SinkTexts();
        var catalog = new Subjects.Catalog(sinks) { Failure = new InvalidOperationException("disk full") };
        sinks.Run("sync step and operation", () => catalog.Import("csv", 2));
        foreach (var pending in new[] { false, true })
        {
            var sync = new Subjects.ModelSync(new Typed<Subjects.ModelSync>(sinks), new Subjects.FakeProviderClient(1, 0) { Yield = pending, Failure = new TimeoutException("timeout") });
            await sinks.RunAsync(pending ? "pending async step and operation" : "async step and operation", () => sync.SyncAsync("openrouter", CancellationToken.None));
        }

        return sinks.Texts;
    }

    public void Dispose()
    {
        _listener.Dispose();
        _services.Dispose();
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (exception is null)
        {
            return;
        }

        Keep("exception", exception.ToString());
        using var console = new StringWriter();
        _console.Write(new LogEntry<TState>(logLevel, "Traces", eventId, state, exception, formatter), null, console);
        Keep("console", console.ToString());
    }

    private void Keep(string sink, string text)
    {
        lock (_pending)
        {
            _pending.Add((sink, text));
        }
    }

    private void Run(string name, Action call)
    {
        try
        {
            call();
        }
        catch (Exception caught)
        {
            Collect(name, caught);
            return;
        }

        throw new InvalidOperationException(name + " did not fail.");
    }

    private async Task RunAsync(string name, Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (Exception caught)
        {
            Collect(name, caught);
            return;
        }

        throw new InvalidOperationException(name + " did not fail.");
    }

    private void Collect(string name, Exception caught)
    {
        lock (_pending)
        {
            Texts.AddRange(_pending.Select(p => new SinkText(name, p.Sink, p.Text, caught.StackTrace ?? string.Empty)));
            _pending.Clear();
        }
    }

    private sealed class Typed<T>(ILogger inner) : ILogger<T>
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            inner.Log(logLevel, eventId, state, exception, formatter);
    }
}

/// <summary>The frames of a logged text that the caller's trace does not show: generated wrappers, StepLog's own.</summary>
public static class UserFrames
{
    /// <summary>The frames (<c>at …</c> lines) of <paramref name="logged"/> that are not in <paramref name="caught"/>.</summary>
    public static IEnumerable<string> NotShownToTheCaller(string logged, string caught)
    {
        var shown = Frames(caught).ToHashSet();
        return Frames(logged).Where(f => !shown.Contains(f));
    }

    /// <summary>
    /// The frames of a text: its trimmed lines that start with "at ", once the console's continuation mark ("| ", which
    /// begins every further line of an entry) is taken off.
    /// </summary>
    public static IEnumerable<string> Frames(string text) =>
        text.Split('\n')
            .Select(l => l.Trim())
            .Select(l => l.StartsWith("| ", StringComparison.Ordinal) ? l[2..].TrimStart() : l)
            .Where(l => l.StartsWith("at ", StringComparison.Ordinal));
}
