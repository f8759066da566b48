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
/// level so that a nested operation reads as a tree, and emoji or ASCII symbols. Entries that are not StepLog's are
/// written with the same level tag, indented to the operation they were logged in; their further lines, and an
/// exception's, are continuations (<see cref="ContinuationMark"/>), escaped, so that nothing an entry carries forges a
/// line. Internal, as Microsoft.Extensions.Logging keeps its own formatters: the console logger creates it from its
/// registration (<see cref="StepLogServiceExtensions"/>), by name (<see cref="StepLogConsoleFormatterOptions.FormatterName"/>).
/// </summary>
internal sealed class StepLogConsoleFormatter : ConsoleFormatter, IDisposable
{
    public const string FormatterName = StepLogConsoleFormatterOptions.FormatterName;

    /// <summary>Hex digits of the operation id in a line's <c>[op …]</c> prefix: enough to tell a log's parallel runs apart.</summary>
    private const int ShortIdLength = 8;

    /// <summary>
    /// What starts every further physical line of an entry after the entry's indentation: four spaces and a pipe, so
    /// that a reader tells it from a line of the log, which has a level tag there.
    /// </summary>
    internal const string ContinuationMark = "    | ";

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
        var escaped = false;
        if (logEntry.State is IStepLogEntry entry)
        {
            // A StepLog line is escaped as it is made: one physical line, no control character.
            message = entry.Format(options.Symbols);
            escaped = true;
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

        if (escaped)
        {
            textWriter.Write(message);
        }
        else
        {
            WriteText(textWriter, message ?? string.Empty, indent);
        }

        textWriter.Write(Environment.NewLine);

        if (options.IncludeScopes && scopeProvider is not null)
        {
            WriteScopes(textWriter, scopeProvider, indent);
        }

        if (options.IncludeExceptions && logEntry.Exception is { } exception)
        {
            // The exception's lines continue the line they belong to, indented under it so that the log reads as a tree.
            textWriter.Write(indent);
            textWriter.Write(ContinuationMark);
            WriteText(textWriter, TextOf(exception), indent);
            textWriter.Write(Environment.NewLine);
        }
    }

    public void Dispose() => _reload?.Dispose();

    /// <summary>
    /// Writes text that may hold line breaks of its own (another library's message, an exception's text): its first
    /// line where the writer is, every further one as a continuation under <paramref name="indent"/>, each escaped, so
    /// that no line of it reads as a line of the log and no control character reaches the terminal. A CR LF is one
    /// break; a break that ends the text starts no empty line.
    /// </summary>
    private static void WriteText(TextWriter textWriter, string text, string indent)
    {
        var length = text.Length;
        if (length > 0 && text[length - 1] == '\n')
        {
            length -= length > 1 && text[length - 2] == '\r' ? 2 : 1;
        }

        if (!NeedsEscape(text, length))
        {
            // Most messages: one line of plain text, written without a copy.
            textWriter.Write(length == text.Length ? text : text.Substring(0, length));
            return;
        }

        var builder = new StringBuilder(length + 16);
        for (var start = 0; ; )
        {
            var end = text.IndexOf('\n', start, length - start);
            var lineEnd = end < 0 ? length : end;
            var count = lineEnd - start - (lineEnd > start && text[lineEnd - 1] == '\r' ? 1 : 0);
            ValueText.AppendEscaped(builder, text, start, count);
            if (end < 0)
            {
                break;
            }

            builder.Append(Environment.NewLine).Append(indent).Append(ContinuationMark);
            start = end + 1;
        }

        textWriter.Write(builder.ToString());
    }

    private static bool NeedsEscape(string text, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (ValueText.NeedsEscape(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    // An exception whose ToString throws (a user's type may compute its message) costs its text, not the entry.
    private static string TextOf(Exception exception)
    {
        try
        {
            return exception.ToString();
        }
        catch (Exception fault)
        {
            return exception.GetType().FullName + ": <error: " + fault.GetType().Name + ">";
        }
    }

    /// <summary>
    /// The scopes under the entry as a continuation of it, <c>| =&gt; first =&gt; second</c> as the simple formatter
    /// writes them, so that the StepLog line itself keeps its fixed format; escaped like every value on a line.
    /// </summary>
    private static void WriteScopes(TextWriter textWriter, IExternalScopeProvider scopeProvider, string indent)
    {
        var scopes = new StringBuilder();
        scopeProvider.ForEachScope(
            static (scope, builder) =>
            {
                builder.Append(builder.Length == 0 ? "=> " : " => ");
                ValueText.AppendEscaped(builder, Convert.ToString(scope, CultureInfo.InvariantCulture));
            },
            scopes);
        if (scopes.Length > 0)
        {
            textWriter.Write(indent);
            textWriter.Write(ContinuationMark);
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
