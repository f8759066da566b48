using System;
using System.Globalization;
using System.IO;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace StepLog;

/// <summary>
/// The <c>steplog</c> console formatter: <c>[INFO] 🚀 START: …</c>, with nested operations indented four spaces per
/// level so that a nested operation reads as a tree, and emoji or ASCII symbols. Entries that are not StepLog's are written with the
/// same level tag, indented to the operation they were logged in. Internal, as Microsoft.Extensions.Logging keeps its
/// own formatters: the console logger creates it from its registration (<see cref="StepLogServiceExtensions"/>), by
/// name (<see cref="StepLogConsoleFormatterOptions.FormatterName"/>).
/// </summary>
internal sealed class StepLogConsoleFormatter : ConsoleFormatter, IDisposable
{
    public const string FormatterName = StepLogConsoleFormatterOptions.FormatterName;

    /// <summary>Hex digits of the operation id in a line's <c>[op …]</c> prefix: enough to tell a log's parallel runs apart.</summary>
    private const int ShortIdLength = 8;

    private readonly IDisposable? _reload;
    private StepLogConsoleFormatterOptions _options;

    // Public for the container, which calls only public constructors.
    public StepLogConsoleFormatter(IOptionsMonitor<StepLogConsoleFormatterOptions> options)
        : base(FormatterName)
    {
        _options = options.CurrentValue;
        _reload = options.OnChange(updated => _options = updated);
    }

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var options = _options;
        string? message;
        string? operationId = null;
        int depth;
        if (logEntry.State is IStepLogEntry entry)
        {
            message = entry.Format(options.Symbols);
            depth = entry.Depth;
            operationId = options.IncludeOperationId ? entry.OperationId : null;
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
            // A line a sampled operation held is stamped with the time it was logged at, not the time it is written.
            var time = logEntry.State is HeldEntry held ? held.Timestamp : DateTimeOffset.UtcNow;
            var now = options.UseUtcTimestamp ? time.ToUniversalTime() : time.ToLocalTime();
            // As written, as the built-in formatters print it: "HH:mm:ss " brings its own space.
            textWriter.Write(now.ToString(format, CultureInfo.InvariantCulture));
        }

        textWriter.Write(indent);
        textWriter.Write(LevelTag(logEntry.LogLevel));
        textWriter.Write(' ');
        if (operationId is { Length: >= ShortIdLength })
        {
            textWriter.Write("[op ");
            for (var i = 0; i < ShortIdLength; i++)
            {
                textWriter.Write(operationId[i]);
            }
            textWriter.Write("] ");
        }

        textWriter.Write(message);
        textWriter.Write(Environment.NewLine);

        if (options.IncludeScopes && scopeProvider is not null)
        {
            WriteScopes(textWriter, scopeProvider, indent);
        }

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

    public void Dispose() => _reload?.Dispose();

    /// <summary>
    /// The scopes on a line of their own under the entry, <c>=&gt; first =&gt; second</c> as the simple formatter writes
    /// them, so that the StepLog line itself keeps its fixed format; escaped like every value on a line.
    /// </summary>
    private static void WriteScopes(TextWriter textWriter, IExternalScopeProvider scopeProvider, string indent)
    {
        var scopes = new StringBuilder();
        scopeProvider.ForEachScope(
            static (scope, builder) =>
            {
                builder.Append(" => ");
                ValueText.AppendEscaped(builder, Convert.ToString(scope, CultureInfo.InvariantCulture));
            },
            scopes);
        if (scopes.Length > 0)
        {
            textWriter.Write(indent);
            textWriter.Write("   ");
            textWriter.Write(scopes.ToString());
            textWriter.Write(Environment.NewLine);
        }
    }

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
