using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace StepLog.Runtime.Tests;

/// <summary>
/// Every line kind through Microsoft.Extensions.Logging's own JSON console formatter (<c>AddJsonConsole</c>): each field
/// of the line is a property of its <c>State</c>, with <c>operation_id</c>, <c>trace_id</c> and <c>span_id</c>, so
/// that JSON logs join with traces and step records.
/// </summary>
[Collection(StaticStateCollection.Name)] // the activity listener is process-wide
public sealed class JsonConsoleTests : IDisposable
{
    private readonly ActivityListener _tracing = new()
    {
        ShouldListenTo = source => source.Name == StepLogging.ActivitySourceName,
        Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
    };

    private readonly ServiceProvider _services = new ServiceCollection()
        .AddLogging(logging => logging.AddJsonConsole(json => json.IncludeScopes = false))
        .BuildServiceProvider();

    private readonly List<string> _json = [];

    public JsonConsoleTests() => ActivitySource.AddActivityListener(_tracing);

    public void Dispose()
    {
        _tracing.Dispose();
        _services.Dispose();
    }

    [Fact]
    public void Every_field_of_every_line_kind_is_a_json_property()
    {
        var logger = JsonLogger();
        string? operationId;
        using (var op = new StepLogger(logger, "Json Sync", 3))
        {
            op.Start(("source", "api"));
            operationId = op.OperationId;
            op.Step(1, "Fetch");
            op.Retry(new TimeoutException("slow"), 1);
            op.Success(("records", 3));
            op.Step(2, "Validate");
            op.Warning("1 record without a price");
            op.Step(3, "Store");
            op.Failure(new InvalidOperationException("disk full"));
            op.Step(3, "Store");
            op.Skip("read-only");
            op.Step(3, "Store");
            op.Failure(new OperationCanceledException());
            op.Complete(("total", 3));
        }

        using (var failed = new StepLogger(logger, "Json Failed", 1))
        {
            failed.Start();
            failed.Complete(new InvalidOperationException("gave up"));
        }

        using (var forgotten = new StepLogger(logger, "Json Forgotten", 2))
        {
            forgotten.Start();
        }

        string[] ids = ["operation_id", "trace_id", "span_id", "{OriginalFormat}"];
        string[] step = ["operation", "step", "step_number", "total_steps", "depth"];
        var expected = new (string Event, string[] Keys)[]
        {
            ("OperationStart", ["operation", "depth", "source", .. ids]),
            ("StepStart", [.. step, .. ids]),
            ("StepRetry", [.. step, "status", "attempt", "error", "duration_ms", .. ids]),
            ("StepSuccess", [.. step, "status", "duration_ms", "records", .. ids]),
            ("StepStart", [.. step, .. ids]),
            ("StepWarning", [.. step, "status", "message", "duration_ms", .. ids]),
            ("StepStart", [.. step, .. ids]),
            ("StepFailure", [.. step, "status", "error", "duration_ms", .. ids]),
            ("StepStart", [.. step, .. ids]),
            ("StepSkipped", [.. step, "status", "reason", .. ids]),
            ("StepStart", [.. step, .. ids]),
            ("StepCancelled", [.. step, "status", "duration_ms", .. ids]),
            ("OperationComplete", ["operation", "depth", "total_duration_ms", "total", .. ids]),
            ("OperationStart", ["operation", "depth", .. ids]),
            ("OperationComplete", ["operation", "depth", "total_duration_ms", "status", "error", .. ids]),
            ("OperationStart", ["operation", "depth", .. ids]),
            ("OperationIncomplete", ["operation", "depth", "status", "last_step", "total_steps", "total_duration_ms", .. ids]),
        };

        var lines = _json.Select(json => JsonDocument.Parse(json)).ToList();
        Assert.Equal(expected.Select(e => e.Event), lines.Select(l => l.RootElement.GetProperty("EventId").GetInt32()).Select(id => ((StepEvent)id).ToString()));
        for (var i = 0; i < lines.Count; i++)
        {
            var state = lines[i].RootElement.GetProperty("State");
            var keys = state.EnumerateObject().Select(p => p.Name).Where(name => name != "Message").ToArray();
            Assert.Equal(expected[i].Keys, keys);
        }

        var sync = lines.Take(13).Select(l => l.RootElement.GetProperty("State")).ToList();
        Assert.All(sync, s => Assert.Equal(operationId, s.GetProperty("operation_id").GetString()));
        Assert.All(sync, s => Assert.Matches("^[0-9a-f]{32}$", s.GetProperty("trace_id").GetString()));
        Assert.Single(sync.Select(s => s.GetProperty("trace_id").GetString()).Distinct());

        // START and COMPLETE are the operation's span (whose id is the operation_id); a step's lines are the step's span.
        Assert.Equal(operationId, sync[0].GetProperty("span_id").GetString());
        Assert.Equal(operationId, sync[12].GetProperty("span_id").GetString());
        Assert.Equal(sync[1].GetProperty("span_id").GetString(), sync[3].GetProperty("span_id").GetString());
        Assert.NotEqual(operationId, sync[1].GetProperty("span_id").GetString());
        Assert.Equal(3, sync[3].GetProperty("records").GetInt32());
        Assert.Equal("disk full", sync[7].GetProperty("error").GetString());
    }

    [Fact]
    public void Without_a_current_span_a_line_has_no_trace_ids_but_keeps_its_operation_id()
    {
        _tracing.Dispose();
        var logger = JsonLogger();
        using var op = new StepLogger(logger, "Json Untraced", 1);
        op.Start();
        op.Complete();

        Assert.All(_json.Select(json => JsonDocument.Parse(json)), line =>
        {
            var state = line.RootElement.GetProperty("State");
            Assert.Equal(op.OperationId, state.GetProperty("operation_id").GetString());
            Assert.False(state.TryGetProperty("trace_id", out _));
            Assert.False(state.TryGetProperty("span_id", out _));
        });
    }

    [Fact]
    public async Task A_batch_line_carries_the_trace_ids_of_the_span_it_is_written_in()
    {
        using var outer = new ActivitySource("StepLog.Tests.Json");
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == outer.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        using var request = outer.StartActivity("request")!;

        await StepBatch.RunAsync("Json Batch", [1], (_, _) => default, new StepBatchOptions { Logger = JsonLogger(), HandleSignals = false });

        Assert.NotEmpty(_json);
        Assert.All(_json.Select(json => JsonDocument.Parse(json)), line =>
            Assert.Equal(request.TraceId.ToHexString(), line.RootElement.GetProperty("State").GetProperty("trace_id").GetString()));
    }

    private ILogger JsonLogger()
    {
        var formatter = _services.GetServices<ConsoleFormatter>().Single(f => f.Name == ConsoleFormatterNames.Json);
        return new FormattingLogger(formatter, _json);
    }

    // Formats on the calling thread, as the console logger does before it queues the text; one JSON document per entry.
    private sealed class FormattingLogger(ConsoleFormatter formatter, List<string> output) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> format)
        {
            using var writer = new StringWriter();
            formatter.Write(new LogEntry<TState>(logLevel, "Tests", eventId, state, exception, format), null, writer);
            output.Add(writer.ToString());
        }
    }
}
