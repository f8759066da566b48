using Microsoft.Extensions.Logging.Console;

namespace StepLog;

/// <summary>
/// Options of the <c>steplog</c> console formatter. Of the inherited options, <c>TimestampFormat</c> is printed as
/// written and <c>UseUtcTimestamp</c> chooses its clock, as in the built-in formatters; with <c>IncludeScopes</c> the
/// entry's scopes follow it on a continuation line (<c>    | =&gt; scope =&gt; scope</c>), indented with it. Every
/// physical line after an entry's first (its scopes, its exception's text, the further lines of another library's
/// message) is such a continuation: the entry's indentation, four spaces and <c>| </c>, never a level tag; and no
/// control character is written as it is (they are escaped: <c>\n</c>, <c>\u001b</c>).
/// </summary>
public sealed class StepLogConsoleFormatterOptions : ConsoleFormatterOptions
{
    /// <summary>The formatter's name, for <c>ConsoleLoggerOptions.FormatterName</c> or the <c>FormatterName</c> setting.</summary>
    public const string FormatterName = "steplog";

    /// <summary>
    /// The symbols that lead each line. <see cref="StepSymbols.Emoji"/> by default; <see cref="StepSymbols.Ascii"/> for
    /// consoles, pipelines and log stores that are not UTF-8 and would mangle emoji.
    /// </summary>
    public StepSymbols Symbols { get; set; } = StepSymbols.Emoji;

    /// <summary>Spaces of indentation per level of operation nesting; 4 by default, 0 for none.</summary>
    public int IndentSize { get; set; } = 4;

    /// <summary>
    /// Whether an exception's text (type, message, stack trace) follows the line it is attached to, as continuation
    /// lines. True by default.
    /// </summary>
    public bool IncludeExceptions { get; set; } = true;

    /// <summary>
    /// Whether each StepLog line of an operation run starts with the first 8 of the 16 hex digits of its
    /// <c>operation_id</c>, after the level: <c>[INFO] [op 3f2a9c1e] ▶️  [1/3] Fetch</c>. For text logs of operations
    /// that run in parallel, whose lines interleave: filtering on the prefix gives one run's lines, and the prefix starts
    /// the <c>operation_id</c> of the run's JSON entries, records and span. A batch's lines carry its run's prefix;
    /// lines of no run (another library's) have none. False by default.
    /// </summary>
    public bool IncludeOperationId { get; set; }
}
