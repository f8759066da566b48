using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Serilog;
using Serilog.Extensions.Logging;
using Serilog.Formatting.Compact;
using ILogger = Microsoft.Extensions.Logging.ILogger;

namespace StepLog.Cli.Tests.Contract;

/// <summary>The built-in formatters and sinks whose output the tool reads, each writing to a file.</summary>
internal static class Sinks
{
    /// <summary>The template of StepLog's Serilog samples (and of the tool's other Serilog tests).</summary>
    public const string SerilogTemplate = "{Timestamp:yyyy-MM-dd HH:mm:ss.fff} | {SourceContext,-40} | {Level:u3} | {Message:lj}{NewLine}{Exception}";

    public static readonly string[] Names = ["steplog", "steplog-ascii", "json", "serilog-text", "clef"];

    /// <summary>Writes the entries through the named sink into the file <paramref name="path"/>.</summary>
    public static void Render(string sink, IEnumerable<CapturedEntry> entries, string path)
    {
        var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Action dispose = () => File.WriteAllText(path, output.ToString());
        var logger = sink switch
        {
            "steplog" => Console(b => b.AddStepLog(), "steplog", output),
            "steplog-ascii" => Console(b => b.AddStepLog(o => o.Symbols = StepSymbols.Ascii), "steplog", output),
            "json" => Console(b => b.AddJsonConsole(), ConsoleFormatterNames.Json, output),
            "serilog-text" => Serilog(new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.File(path, outputTemplate: SerilogTemplate, formatProvider: CultureInfo.InvariantCulture), out dispose),
            _ => Serilog(new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.File(new CompactJsonFormatter(), path), out dispose),
        };
        foreach (var entry in entries)
        {
            entry.Replay(logger);
        }

        dispose();
    }

    private static ILogger Console(Action<ILoggingBuilder> configure, string formatterName, TextWriter output)
    {
        var services = new ServiceCollection().AddLogging(configure).BuildServiceProvider();
        var formatter = services.GetServices<ConsoleFormatter>().Single(f => f.Name == formatterName);
        return new FormatterLogger(formatter, output);
    }

    private static ILogger Serilog(LoggerConfiguration configuration, out Action dispose)
    {
        var serilog = configuration.CreateLogger();
        var provider = new SerilogLoggerProvider(serilog, dispose: true);
        dispose = provider.Dispose;
        return provider.CreateLogger("Orders.Parity");
    }

    /// <summary>The console logger's work without its queue: the formatter writes each entry as it comes.</summary>
    private sealed class FormatterLogger(ConsoleFormatter formatter, TextWriter output) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => NullLogger.Instance.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter1) =>
            formatter.Write(new LogEntry<TState>(logLevel, "Orders.Parity", eventId, state, exception, formatter1), null, output);
    }
}
