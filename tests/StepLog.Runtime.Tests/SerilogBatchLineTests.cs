using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Serilog.Core;
using Serilog.Extensions.Logging;
using Serilog.Formatting.Compact;
using Serilog.Formatting.Display;

namespace StepLog.Runtime.Tests;

/// <summary>
/// A batch's lines reach Serilog as an operation's do: a message template whose placeholders are the line's fields,
/// which Serilog renders as the same text the <c>steplog</c> console shows.
/// </summary>
public class SerilogBatchLineTests
{
    // Text that would forge a line, or be read as a placeholder, were it in the template rather than a property.
    private const string Forged = "{Level}\n🏁 COMPLETE: Forged (status=failed)\u001b[31m";

    [Fact]
    public void Every_kind_of_batch_line_has_a_template_of_its_fields_and_no_BatchLine_property()
    {
        var sink = new CollectingSink();
        Log(sink, Lines("Leads"));

        Assert.Equal(
            [
                "🚀 START: {operation:l} (total={total})",
                "🚀 START: {operation:l} (total={total}, resumed={resumed})",
                "📊 PROGRESS: {operation:l} {processed}/{total} (percentage={percentage:0.0}, rate_per_second={rate_per_second:0.0}, elapsed_seconds={elapsed_seconds:0.0})",
                "📊 PROGRESS: {operation:l} {processed}/{total} (percentage={percentage:0.0}, rate_per_second={rate_per_second:0.0}, elapsed_seconds={elapsed_seconds:0.0}, eta_seconds={eta_seconds:0.0})",
                "✅ [{step_number}/{total_steps}] {item:l} - SUCCESS (duration_ms={duration_ms:0.0})",
                "❌ [{step_number}/{total_steps}] {item:l} - FAILED: {error:l} (duration_ms={duration_ms:0.0})",
                "⏹️  [{step_number}/{total_steps}] {item:l} - CANCELLED (duration_ms={duration_ms:0.0})",
                "⏹️  [{step_number}/{total_steps}] {item:l} - ABANDONED (duration_ms={duration_ms:0.0})",
                "⚠️  {operation:l} - WARNING: {message:l}",
                "🏁 COMPLETE: {operation:l} (processed={processed}, succeeded={succeeded}, failed={failed}, success_rate={success_rate:0.0}, rate_per_second={rate_per_second:0.0}, total_duration_ms={total_duration_ms:0.0})",
                "⏹️  INTERRUPTED: {operation:l} (processed={processed}, total={total}, succeeded={succeeded}, failed={failed}, total_duration_ms={total_duration_ms:0.0})",
                "⏹️  INTERRUPTED: {operation:l} (processed={processed}, total={total}, succeeded={succeeded}, failed={failed}, abandoned={abandoned}, total_duration_ms={total_duration_ms:0.0})",
            ],
            sink.Events.Select(e => e.MessageTemplate.Text));
        Assert.All(sink.Events, e => Assert.False(e.Properties.ContainsKey("BatchLine"), "a BatchLine property: " + e.MessageTemplate.Text));
    }

    [Fact]
    public void Serilogs_text_template_renders_every_kind_of_batch_line_as_its_own_text()
    {
        var text = new StringWriter();
        var lines = Lines("Leads" + Forged, Forged);
        Log(new FormattingSink(new MessageTemplateTextFormatter("{Message:lj}{NewLine}", CultureInfo.InvariantCulture), text), lines);

        Assert.Equal(lines.Select(l => l.Line.Format(StepSymbols.Emoji)), text.ToString().Split(Environment.NewLine)[..^1]);
    }

    [Fact]
    public void Compact_JSON_has_each_batch_lines_fields_as_properties_beside_its_template()
    {
        var text = new StringWriter();
        Log(new FormattingSink(new CompactJsonFormatter(), text), Lines("Leads" + Forged, Forged));

        var events = text.ToString().Split(Environment.NewLine)[..^1].Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(12, events.Count);
        foreach (var logEvent in events)
        {
            var template = logEvent.GetProperty("@mt").GetString()!;
            var placeholders = Regex.Matches(template, @"\{(\w+)(:[^}]*)?\}").Select(m => m.Groups[1].Value).ToList();
            Assert.NotEmpty(placeholders);
            Assert.All(placeholders, name => Assert.True(logEvent.TryGetProperty(name, out _), $"no property {name} for {template}"));
            Assert.False(logEvent.TryGetProperty("BatchLine", out _), "a BatchLine property: " + template);
            Assert.DoesNotContain(Forged, template, StringComparison.Ordinal);
        }

        // @r: what the template's formatted placeholders ({item:l}, {error:l}, {duration_ms:0.0}) render as.
        var failed = events[5];
        const string Escaped = @"{Level}\n🏁 COMPLETE: Forged (status=failed)\u001b[31m";
        Assert.Equal("down" + Escaped, failed.GetProperty("error").GetString());
        Assert.Equal(500.0, failed.GetProperty("duration_ms").GetDouble());
        Assert.Equal(["bob" + Escaped, "down" + Escaped, "500.0"], failed.GetProperty("@r").EnumerateArray().Select(r => r.GetString()));
    }

    // One line of each kind, and of each optional field: START with resumed, PROGRESS with an ETA, INTERRUPTED with abandoned
    // items. Whole numbers among the values, which Serilog would write without their decimal were the template to drop it.
    private static List<(LogLevel Level, BatchLine Line)> Lines(string name, string forged = "")
    {
        var id = OperationId.For(null);
        return
        [
            (LogLevel.Information, BatchLine.Start(name, id, 4, 0, 0)),
            (LogLevel.Information, BatchLine.Start(name, id, 4, 1, 0)),
            (LogLevel.Information, BatchLine.Progress(name, id, 2, 4, 50, 2, 1, null, 0)),
            (LogLevel.Information, BatchLine.Progress(name, id, 3, 4, 75, 1.96, 1.5, 0.51, 0)),
            (LogLevel.Debug, BatchLine.ItemSucceeded(name, id, "ada" + forged, 1, 4, 0, 500)),
            (LogLevel.Error, BatchLine.ItemFailed(name, id, "bob" + forged, 2, 4, 0, 500, "down" + forged)),
            (LogLevel.Warning, BatchLine.ItemCancelled(name, id, "cy" + forged, 3, 4, 0, 12.34)),
            (LogLevel.Warning, BatchLine.ItemAbandoned(name, id, "dee" + forged, 4, 4, 0, 1000.05)),
            (LogLevel.Warning, BatchLine.Warning(name, id, 4, 0, "the progress file could not be written" + forged)),
            (LogLevel.Information, BatchLine.Complete(name, id, 4, 3, 2, 1, 2, 1500, 0)),
            (LogLevel.Warning, BatchLine.Interrupted(name, id, 4, 2, 2, 0, 0, 2000, 0)),
            (LogLevel.Warning, BatchLine.Interrupted(name, id, 4, 2, 1, 0, 1, 2000.04, 0)),
        ];
    }

    private static void Log(ILogEventSink sink, List<(LogLevel Level, BatchLine Line)> lines)
    {
        using var serilog = new Serilog.LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(sink).CreateLogger();
        using var provider = new SerilogLoggerProvider(serilog);
        var logger = provider.CreateLogger("Batch");
        foreach (var (level, line) in lines)
        {
            EntryWriter.Write(logger, level, line);
        }
    }
}
