using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Serilog.Core;
using Serilog.Events;
using Serilog.Extensions.Logging;
using Serilog.Formatting.Compact;
using Serilog.Formatting.Display;

namespace StepLog.Runtime.Tests;

/// <summary>Serilog reads StepLog's fields and template, not just its text: the line it renders is the same line.</summary>
public class SerilogTests
{
    [Fact]
    public void Serilog_sees_the_fields_and_renders_the_same_line()
    {
        var sink = new CollectingSink();
        using var serilog = new Serilog.LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(sink).CreateLogger();
        using var provider = new SerilogLoggerProvider(serilog);
        var logger = provider.CreateLogger("Serilog");

        var op = new StepLogger(logger, "Model Sync", 2);
        op.Start(("provider", "openrouter"));
        op.Step(1, "Fetch from provider API");
        op.Success(("raw_models", 2834));
        op.Complete();

        Assert.Equal("🚀 START: Model Sync (provider=openrouter)", sink.Events[0].RenderMessage(CultureInfo.InvariantCulture));
        var success = sink.Events[2];
        Assert.Equal(2834, ((ScalarValue)success.Properties["raw_models"]).Value);
        Assert.Equal("Fetch from provider API", ((ScalarValue)success.Properties["step"]).Value);
        var duration = (double)((ScalarValue)success.Properties["duration_ms"]).Value!;
        Assert.Equal(
            $"✅ [1/2] Fetch from provider API - SUCCESS (raw_models=2834, duration_ms={duration.ToString("0.0", CultureInfo.InvariantCulture)})",
            success.RenderMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Through_Serilogs_text_template_no_value_key_name_or_subject_starts_a_line_or_carries_a_control_character()
    {
        var text = new StringWriter();
        var formatter = new MessageTemplateTextFormatter("{Timestamp:HH:mm:ss} | {SourceContext} | {Level:u3} | {Message:lj}{NewLine}", CultureInfo.InvariantCulture);
        LogForgeries(new FormattingSink(formatter, text));

        var lines = text.ToString().Split(Environment.NewLine)[..^1];
        Assert.Equal(6, lines.Length);
        AssertNoControlCharacter(lines);
        Assert.EndsWith(
            @" | INF | 🚀 START: Sync\n🏁 COMPLETE: Forged (user=alice\n🏁 COMPLETE: Forged Op (status=failed, …), "
            + @"k\ney=1, user-name=bob, thing=x\r\n[ERROR] forged, at=1970-01-01T00:00:00.0000000Z, {Level}=2)",
            lines[0]);
        Assert.EndsWith(@" | ERR | ❌ [1/1] Fetch\u001b[2J - FAILED: boom\n❌ [1/1] Fetch - FAILED: forged (duration_ms=#)", Normalize(lines[2]));
    }

    [Fact]
    public void Serilog_renders_each_line_as_StepLog_writes_it()
    {
        var sink = new CollectingSink();
        var capture = new StepLog.Testing.LogCapture();
        LogForgeries(sink, capture.CreateLogger("Forgeries"));

        Assert.Equal(
            capture.Lines.Select(Normalize),
            sink.Events.Select(e => Normalize(e.RenderMessage(CultureInfo.InvariantCulture))));
    }

    [Fact]
    public void Compact_JSON_properties_and_template_hold_escaped_text_and_the_subject()
    {
        var text = new StringWriter();
        LogForgeries(new FormattingSink(new CompactJsonFormatter(), text));

        var events = text.ToString().Split(Environment.NewLine)[..^1].Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(6, events.Count);
        foreach (var logEvent in events)
        {
            var strings = logEvent.EnumerateObject().Where(p => p.Name != "@x" && p.Value.ValueKind == JsonValueKind.String).ToList();
            AssertNoControlCharacter(strings.Select(p => p.Name + "=" + p.Value.GetString()));
            Assert.Equal(@"doc\n42", logEvent.GetProperty("subject").GetString());
        }

        Assert.Equal(@"alice\n🏁 COMPLETE: Forged Op (status=failed, …)", events[0].GetProperty("user").GetString());
        Assert.Equal(@"boom\n❌ [1/1] Fetch - FAILED: forged", events[2].GetProperty("error").GetString());
        Assert.Equal(@"Fetch\u001b[2J", events[2].GetProperty("step").GetString());
    }

    // START with forged values and keys, a failed step, and the other lines of an operation whose subject forges too.
    private static void LogForgeries(ILogEventSink sink, ILogger? alongside = null)
    {
        using var serilog = new Serilog.LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(sink).CreateLogger();
        using var provider = new SerilogLoggerProvider(serilog);
        var logger = provider.CreateLogger("Forgeries");
        if (alongside is not null)
        {
            logger = new Tee(logger, alongside);
        }

        using var op = new StepLogger(logger, "Sync\n🏁 COMPLETE: Forged", 1) { Subject = "doc\n42" };
        op.Start(StepMetadata.Of(
            "user", "alice\n🏁 COMPLETE: Forged Op (status=failed, …)",
            "k\ney", 1,
            "user-name", "bob",
            "thing", new Forger(),
            "at", new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            "{Level}", 2));
        op.Step(1, "Fetch\u001b[2J");
        op.Failure(new InvalidOperationException("boom\n❌ [1/1] Fetch - FAILED: forged"));
        op.Step(1, "Fetch\u001b[2J");
        op.Skip("cached\u2028[INF] forged");
        op.Complete(new InvalidOperationException("gave up\nfor good"));
    }

    private static string Normalize(string line) => System.Text.RegularExpressions.Regex.Replace(line, @"duration_ms=\d+\.\d", "duration_ms=#");

    private static void AssertNoControlCharacter(IEnumerable<string> lines) =>
        Assert.All(lines, line => Assert.All(line, c => Assert.False(char.IsControl(c) || c is '\u2028' or '\u2029', $"control character U+{(int)c:x4} in: {line}")));

    private sealed class Forger
    {
        public override string ToString() => "x\r\n[ERROR] forged";
    }

    private sealed class Tee(ILogger first, ILogger second) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            first.Log(logLevel, eventId, state, exception, formatter);
            second.Log(logLevel, eventId, state, exception, formatter);
        }
    }
}
