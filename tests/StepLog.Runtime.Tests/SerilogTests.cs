using System.Globalization;
using Serilog.Core;
using Serilog.Events;
using Serilog.Extensions.Logging;

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

    private sealed class CollectingSink : ILogEventSink
    {
        public List<LogEvent> Events { get; } = [];

        public void Emit(LogEvent logEvent) => Events.Add(logEvent);
    }
}
