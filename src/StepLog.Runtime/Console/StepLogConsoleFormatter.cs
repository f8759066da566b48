using System;
using System.IO;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace StepLog;

/// <summary>
/// The <c>steplog</c> console formatter: <c>[INFO] 🚀 START: …</c>, with nested operations indented four spaces per
/// level as in the seeds' examples, and emoji or ASCII symbols. Entries that are not StepLog's are written with the
/// same level tag, indented to the operation they were logged in.
/// </summary>
public sealed class StepLogConsoleFormatter : ConsoleFormatter, IDisposable
{
    /// <summary>The formatter's name, for <c>ConsoleLoggerOptions.FormatterName</c>.</summary>
    public const string FormatterName = "steplog";

    private readonly IDisposable? _reload;
    private StepLogConsoleFormatterOptions _options;

    /// <summary>Creates the formatter; the console logger does this from its registration.</summary>
    public StepLogConsoleFormatter(IOptionsMonitor<StepLogConsoleFormatterOptions> options)
        : base(FormatterName)
    {
        _options = options.CurrentValue;
        _reload = options.OnChange(updated => _options = updated);
    }

    /// <inheritdoc />
    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var options = _options;
        string? message;
        int depth;
        if (logEntry.State is IStepLogEntry entry)
        {
            message = entry.Format(options.Symbols);
            depth = entry.Depth;
        }
        else
        {
            message = logEntry.Formatter?.Invoke(logEntry.State, logEntry.Exception);
            depth = Ambient.StepDepth;
        }

        if (message is null && logEntry.Exception is null)
        {
            return;
        }

        var indent = new string(' ', Math.Max(0, options.IndentSize) * depth);
        if (options.TimestampFormat is { } format)
        {
            var now = options.UseUtcTimestamp ? DateTimeOffset.UtcNow : DateTimeOffset.Now;
            textWriter.Write(now.ToString(format, System.Globalization.CultureInfo.InvariantCulture));
            textWriter.Write(' ');
        }

        textWriter.Write(indent);
        textWriter.Write(LevelTag(logEntry.LogLevel));
        textWriter.Write(' ');
        textWriter.Write(message);
        textWriter.Write(Environment.NewLine);

        if (options.IncludeExceptions && logEntry.Exception is { } exception)
        {
            // The exception's lines are indented under the line they belong to, so the log still reads as a tree.
            foreach (var line in exception.ToString().Split('\n'))
            {
                textWriter.Write(indent);
                textWriter.Write("    ");
                textWriter.Write(line.TrimEnd('\r'));
                textWriter.Write(Environment.NewLine);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => _reload?.Dispose();

    internal static string LevelTag(LogLevel level) => level switch
    {
        LogLevel.Trace => "[TRACE]",
        LogLevel.Debug => "[DEBUG]",
        LogLevel.Information => "[INFO]",
        LogLevel.Warning => "[WARN]",
        LogLevel.Error => "[ERROR]",
        LogLevel.Critical => "[CRITICAL]",
        _ => "[NONE]",
    };
}
