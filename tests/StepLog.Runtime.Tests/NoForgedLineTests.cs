using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace StepLog.Runtime.Tests;

/// <summary>
/// Through Microsoft.Extensions.Logging's own simple and JSON consoles (the steplog console and Serilog have their own
/// tests), no value, key, name, error or subject a StepLog line carries starts a line or writes a control character.
/// </summary>
public sealed class NoForgedLineTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection()
        .AddLogging(logging => logging
            .AddJsonConsole(json => json.IncludeScopes = false)
            .AddSimpleConsole(simple => simple.ColorBehavior = LoggerColorBehavior.Disabled))
        .BuildServiceProvider();

    public void Dispose() => _services.Dispose();

    [Fact]
    public void The_simple_console_writes_each_StepLog_entry_as_one_message_line_without_control_characters()
    {
        var output = Log(ConsoleFormatterNames.Simple);

        // The simple console writes "info: Category[id]" and the message on the next line, indented.
        var lines = output.Split(Environment.NewLine)[..^1];
        Assert.Equal(12, lines.Length);
        Assert.All(lines.Where((_, i) => i % 2 == 1), line => Assert.StartsWith("      ", line));
        AssertNoControlCharacter(lines);
        Assert.Equal(@"      🚀 START: Sync\n🏁 COMPLETE: Forged (user=alice\n🏁 COMPLETE: Forged Op, k\ney=1, thing=x\r\n[ERROR] forged)", lines[1]);
    }

    [Fact]
    public void The_JSON_console_writes_one_document_a_line_whose_state_holds_escaped_text()
    {
        var output = Log(ConsoleFormatterNames.Json);

        var lines = output.Split(Environment.NewLine)[..^1];
        Assert.Equal(6, lines.Length);
        var states = lines.Select(line => JsonDocument.Parse(line).RootElement).Select(root => root.GetProperty("State")).ToList();
        foreach (var state in states)
        {
            AssertNoControlCharacter(state.EnumerateObject().Select(p => p.Name + "=" + (p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText())));
            Assert.Equal(@"doc\n42", state.GetProperty("subject").GetString());
        }

        Assert.Equal(@"alice\n🏁 COMPLETE: Forged Op", states[0].GetProperty("user").GetString());
        Assert.Equal(@"x\r\n[ERROR] forged", states[0].GetProperty("thing").GetString());
        Assert.Equal(@"boom\n❌ [1/1] Fetch - FAILED: forged", states[2].GetProperty("error").GetString());
    }

    private string Log(string formatterName)
    {
        var formatter = _services.GetServices<ConsoleFormatter>().Single(f => f.Name == formatterName);
        using var writer = new StringWriter();
        var logger = new FormattingLogger(formatter, writer);
        using (var op = new StepLogger(logger, "Sync\n🏁 COMPLETE: Forged", 1) { Subject = "doc\n42" })
        {
            op.Start(("user", "alice\n🏁 COMPLETE: Forged Op"), ("k\ney", 1), ("thing", new Forger()));
            op.Step(1, "Fetch\u001b[2J");
            op.Failure(new InvalidOperationException("boom\n❌ [1/1] Fetch - FAILED: forged"));
            op.Step(1, "Fetch\u001b[2J");
            op.Skip("cached\u2028[INF] forged");
            op.Complete(("note", "done\u0085\u009b"));
        }

        return writer.ToString();
    }

    private static void AssertNoControlCharacter(IEnumerable<string> lines) =>
        Assert.All(lines, line => Assert.All(line, c => Assert.False(char.IsControl(c) || c is '\u2028' or '\u2029', $"control character U+{(int)c:x4} in: {line}")));

    private sealed class Forger
    {
        public override string ToString() => "x\r\n[ERROR] forged";
    }

    // Formats on the calling thread, as the console logger does before it queues the text; no exception text, which
    // is the program's own object and these formatters' to write (see docs/lines.md).
    private sealed class FormattingLogger(ConsoleFormatter formatter, TextWriter output) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> format) =>
            formatter.Write(new LogEntry<TState>(logLevel, "Tests", eventId, state, null, format), null, output);
    }
}
