using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StepLog.Testing;

namespace StepLog.Runtime.Tests;

/// <summary>The steplog console formatter: level tags, four spaces per nesting level, emoji or ASCII symbols.</summary>
public class ConsoleFormatterTests
{
    [Fact]
    public void Lines_get_level_tags_and_nested_operations_are_indented()
    {
        var text = Render(new StepLogConsoleFormatterOptions(), logger =>
        {
            using var cache = new StepLogger(logger, "Cache: Fetch Full Catalog", 5);
            cache.Start();
            cache.Step(3, "Fetching from database");
            using (var db = new StepLogger(logger, "Database: Fetch All Models", 2))
            {
                db.Start(("table", "models"));
                db.Complete();
            }

            cache.Success();
            cache.Complete();
        });

        Assert.Equal(
            [
                "[INFO] 🚀 START: Cache: Fetch Full Catalog",
                "[INFO] ▶️  [3/5] Fetching from database",
                "    [INFO] 🚀 START: Database: Fetch All Models (table=models)",
                "    [INFO] 🏁 COMPLETE: Database: Fetch All Models (total_duration_ms=#)",
                "[INFO] ✅ [3/5] Fetching from database - SUCCESS (duration_ms=#)",
                "[INFO] 🏁 COMPLETE: Cache: Fetch Full Catalog (total_duration_ms=#)",
            ],
            text);
    }

    [Fact]
    public void Ascii_symbols_replace_the_emoji()
    {
        var text = Render(new StepLogConsoleFormatterOptions { Symbols = StepSymbols.Ascii }, logger =>
        {
            var op = new StepLogger(logger, "Sync", 3);
            op.Start();
            op.Step(1, "Fetch");
            op.Success();
            op.Step(2, "Store");
            op.Failure(new InvalidOperationException("down"));
            op.Step(3, "Cache");
            op.Skip("store failed");
            op.Step(3, "Cache");
            op.Failure(new OperationCanceledException());
            op.Complete();
            op.Dispose();
            var forgotten = new StepLogger(logger, "Forgotten", 1);
            forgotten.Start();
            forgotten.Dispose();
        });

        Assert.Equal(
            [
                "[INFO] [START] START: Sync",
                "[INFO] [STEP] [1/3] Fetch",
                "[INFO] [OK] [1/3] Fetch - SUCCESS (duration_ms=#)",
                "[INFO] [STEP] [2/3] Store",
                "[ERROR] [FAIL] [2/3] Store - FAILED: down (duration_ms=#)",
                "    | System.InvalidOperationException: down",
                "[INFO] [STEP] [3/3] Cache",
                "[INFO] [SKIP] [3/3] Cache - SKIPPED: store failed",
                "[INFO] [STEP] [3/3] Cache",
                "[WARN] [CANCEL] [3/3] Cache - CANCELLED (duration_ms=#)",
                "[INFO] [DONE] COMPLETE: Sync (total_duration_ms=#)",
                "[INFO] [START] START: Forgotten",
                "[WARN] [INCOMPLETE] INCOMPLETE: Forgotten (last_step=0/1, total_duration_ms=#)",
            ],
            text);
        Assert.All(text, line => Assert.All(line, c => Assert.True(c < 128, $"non-ASCII in: {line}")));
    }

    [Fact]
    public void Plain_entries_get_the_tag_and_the_indentation_of_their_operation()
    {
        var text = Render(new StepLogConsoleFormatterOptions(), logger =>
        {
            logger.LogDebug("Before any operation");
            using var outer = new StepLogger(logger, "Outer", 1);
            outer.Start();
            using var inner = new StepLogger(logger, "Inner", 1);
            inner.Start();
            logger.LogDebug("Fetched batch 1: 1000 models");
        });

        Assert.Equal("[DEBUG] Before any operation", text[0]);
        Assert.Equal("    [DEBUG] Fetched batch 1: 1000 models", text[3]);
    }

    [Fact]
    public void Exception_details_can_be_left_out()
    {
        var text = Render(new StepLogConsoleFormatterOptions { IncludeExceptions = false }, logger =>
        {
            var op = new StepLogger(logger, "Op", 1);
            op.Start();
            op.Step(1, "Work");
            op.Failure(new InvalidOperationException("down"));
        });

        Assert.Equal(3, text.Count);
    }

    [Fact]
    public void The_timestamp_is_printed_as_written_like_the_built_in_formatters_do()
    {
        var text = Render(new StepLogConsoleFormatterOptions { TimestampFormat = "HH:mm:ss ", UseUtcTimestamp = true }, logger =>
        {
            using var op = new StepLogger(logger, "Op", 1);
            op.Start();
        });

        Assert.Matches(@"^\d\d:\d\d:\d\d \[INFO\] 🚀 START: Op$", text[0]);
    }

    [Fact]
    public void A_timestamp_format_without_a_trailing_space_gets_none()
    {
        var text = Render(new StepLogConsoleFormatterOptions { TimestampFormat = "'<'yyyy'>'" }, logger => logger.LogInformation("plain"));

        Assert.Matches(@"^<\d{4}>\[INFO\] plain$", text[0]);
    }

    [Fact]
    public void Scopes_follow_the_entry_on_a_line_of_their_own_when_included()
    {
        var scopes = new LoggerExternalScopeProvider();
        void Log(ILogger logger)
        {
            using var request = logger.BeginScope("Request {Id}", 42);
            using var route = logger.BeginScope("route=/models\nforged");
            logger.LogInformation("inside");
        }

        var included = Render(new StepLogConsoleFormatterOptions { IncludeScopes = true }, Log, scopes);
        var excluded = Render(new StepLogConsoleFormatterOptions(), Log, scopes);

        Assert.Equal(["[INFO] inside", "    | => Request 42 => route=/models\\nforged"], included);
        Assert.Equal(["[INFO] inside"], excluded);
    }

    /// <summary>Runs the code against a capture, then renders each captured entry as the console logger would.</summary>
    [Fact]
    public void IncludeOperationId_prefixes_each_line_of_a_run_with_the_start_of_its_id_after_timestamp_and_level()
    {
        string? outerId = null;
        string? innerId = null;
        var text = Render(new StepLogConsoleFormatterOptions { IncludeOperationId = true, TimestampFormat = "HH:mm:ss " }, logger =>
        {
            using var outer = new StepLogger(logger, "Outer", 1);
            outer.Start();
            outerId = outer.OperationId;
            outer.Step(1, "Work");
            using (var inner = new StepLogger(logger, "Inner", 0))
            {
                inner.Start();
                innerId = inner.OperationId;
                inner.Complete();
            }

            outer.Success();
            outer.Complete();
            logger.LogInformation("not a StepLog line");
        });

        var outerPrefix = "[op " + outerId![..8] + "] ";
        var innerPrefix = "[op " + innerId![..8] + "] ";
        Assert.NotEqual(outerPrefix, innerPrefix);
        Assert.Equal(
            [
                "[INFO] " + outerPrefix + "🚀 START: Outer",
                "[INFO] " + outerPrefix + "▶️  [1/1] Work",
                "    [INFO] " + innerPrefix + "🚀 START: Inner",
                "    [INFO] " + innerPrefix + "🏁 COMPLETE: Inner (total_duration_ms=#)",
                "[INFO] " + outerPrefix + "✅ [1/1] Work - SUCCESS (duration_ms=#)",
                "[INFO] " + outerPrefix + "🏁 COMPLETE: Outer (total_duration_ms=#)",
                "[INFO] not a StepLog line",
            ],
            text.Select(line => System.Text.RegularExpressions.Regex.Replace(line, @"^\d\d:\d\d:\d\d ", string.Empty)));
        Assert.All(text, line => Assert.Matches(@"^\d\d:\d\d:\d\d ", line));
    }

    [Fact]
    public void IncludeOperationId_prefixes_every_line_of_a_batch_with_its_run_id()
    {
        var text = Render(new StepLogConsoleFormatterOptions { IncludeOperationId = true }, logger =>
            StepBatch.RunAsync(
                "Import",
                ["a", "b"],
                (_, _) => ValueTask.CompletedTask,
                new StepBatchOptions { Logger = logger, MaxConcurrency = 1, HandleSignals = false },
                itemId: item => item).GetAwaiter().GetResult());

        var prefix = System.Text.RegularExpressions.Regex.Match(text[0], @"\[op [0-9a-f]{8}\] ").Value;
        Assert.NotEmpty(prefix);
        Assert.Equal(text.Count, text.Count(line => line.Contains(prefix, StringComparison.Ordinal)));
        Assert.Contains(text, line => line.Contains(prefix + "🏁 COMPLETE: Import", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_IncludeOperationId_no_line_has_the_prefix()
    {
        var text = Render(new StepLogConsoleFormatterOptions(), logger =>
        {
            using var op = new StepLogger(logger, "Plain", 0);
            op.Start();
            op.Complete();
        });

        Assert.All(text, line => Assert.DoesNotContain("[op ", line));
    }

    [Fact]
    public void An_exception_message_continues_its_line_and_forges_no_line_of_its_own()
    {
        var lines = RenderLines(new StepLogConsoleFormatterOptions(), logger =>
        {
            using var op = new StepLogger(logger, "Op", 1);
            op.Start();
            op.Step(1, "Work");
            using var nested = new StepLogger(logger, "Nested", 1);
            nested.Start();
            nested.Step(1, "Inner");
            nested.Failure(new InvalidOperationException(
                "boom\n🚀 START: Injected Op\r\n❌ [1/1] Injected step - FAILED: injected \u001b[31mred\u001b]0;title\u0007 \u2028end"));
        });

        Assert.Equal(
            [
                "    [ERROR] ❌ [1/1] Inner - FAILED: boom\\n🚀 START: Injected Op\\r\\n❌ [1/1] Injected step - FAILED: injected \\u001b[31mred\\u001b]0;title\\u0007 \\u2028end (duration_ms=#)",
                "        | System.InvalidOperationException: boom",
                "        | 🚀 START: Injected Op",
                "        | ❌ [1/1] Injected step - FAILED: injected \\u001b[31mred\\u001b]0;title\\u0007 \\u2028end",
            ],
            lines.Skip(4).Take(4).Select(line => System.Text.RegularExpressions.Regex.Replace(line, @"duration_ms=\d+\.\d", "duration_ms=#")));
        AssertEveryLineIsALineOrAContinuation(lines);
    }

    [Fact]
    public void A_thrown_exceptions_stack_trace_lines_are_continuations_too()
    {
        var lines = RenderLines(new StepLogConsoleFormatterOptions(), logger =>
        {
            try
            {
                throw new InvalidOperationException("down");
            }
            catch (InvalidOperationException error)
            {
                logger.LogError(error, "request failed");
            }
        });

        Assert.Equal("[ERROR] request failed", lines[0]);
        Assert.Equal("    | System.InvalidOperationException: down", lines[1]);
        Assert.StartsWith("    |    at ", lines[2]);
        AssertEveryLineIsALineOrAContinuation(lines);
    }

    [Fact]
    public void A_foreign_multi_line_message_continues_its_line_and_carries_no_control_character()
    {
        var lines = RenderLines(new StepLogConsoleFormatterOptions(), logger =>
        {
            logger.LogWarning("bad request from {User}", "mallory\n[ERROR] ❌ [3/3] Charge card - FAILED: forged\u001b[2J");
            using var op = new StepLogger(logger, "Op", 1);
            op.Start();
            using var nested = new StepLogger(logger, "Nested", 1);
            nested.Start();
            logger.LogInformation("first\r\nsecond\rstill second\u0085\u009b");
        });

        Assert.Equal(
            [
                "[WARN] bad request from mallory",
                "    | [ERROR] ❌ [3/3] Charge card - FAILED: forged\\u001b[2J",
                "[INFO] 🚀 START: Op",
                "    [INFO] 🚀 START: Nested",
                "    [INFO] first",
                "        | second\\rstill second\\u0085\\u009b",
            ],
            lines.Take(6));
        AssertEveryLineIsALineOrAContinuation(lines);
    }

    private static void AssertEveryLineIsALineOrAContinuation(List<string> lines) =>
        Assert.All(lines, line =>
        {
            Assert.Matches(@"^((    )*\[(TRACE|DEBUG|INFO|WARN|ERROR|CRITICAL)\] |(    )*    \| )", line);
            Assert.All(line, c => Assert.False(char.IsControl(c) || c is '\u2028' or '\u2029', $"control character U+{(int)c:x4} in: {line}"));
        });

    /// <summary>Every physical line the formatter writes, unfiltered.</summary>
    private static List<string> RenderLines(StepLogConsoleFormatterOptions options, Action<ILogger> log)
    {
        var formatter = new StepLogConsoleFormatter(new FixedOptions(options));
        var chunks = new List<string>();
        log(new FormattingLogger(formatter, chunks, null));
        var text = string.Concat(chunks);
        Assert.EndsWith(Environment.NewLine, text);
        return text[..^Environment.NewLine.Length].Split(Environment.NewLine).ToList();
    }

    private static List<string> Render(StepLogConsoleFormatterOptions options, Action<ILogger> log, IExternalScopeProvider? scopes = null)
    {
        var formatter = new StepLogConsoleFormatter(new FixedOptions(options));
        var lines = new List<string>();
        var logger = new FormattingLogger(formatter, lines, scopes);
        log(logger);
        return lines
            .SelectMany(chunk => chunk.Split(Environment.NewLine))
            .Where(line => line.Length > 0 && !line.TrimStart(' ', '|').StartsWith("at ", StringComparison.Ordinal))
            .Select(line => System.Text.RegularExpressions.Regex.Replace(line, @"duration_ms=\d+\.\d", "duration_ms=#"))
            .ToList();
    }

    // Formats on the calling thread, as the console logger does before it queues the text.
    private sealed class FormattingLogger(StepLogConsoleFormatter formatter, List<string> output, IExternalScopeProvider? scopes) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => scopes?.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> format)
        {
            using var writer = new StringWriter();
            formatter.Write(new LogEntry<TState>(logLevel, "Tests", eventId, state, exception, format), scopes, writer);
            output.Add(writer.ToString());
        }
    }

    private sealed class FixedOptions(StepLogConsoleFormatterOptions value) : IOptionsMonitor<StepLogConsoleFormatterOptions>
    {
        public StepLogConsoleFormatterOptions CurrentValue => value;

        public StepLogConsoleFormatterOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<StepLogConsoleFormatterOptions, string?> listener) => null;
    }
}
