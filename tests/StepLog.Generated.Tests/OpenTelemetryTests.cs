using System.Diagnostics;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Trace;
using StepLog.Generated.Tests.Subjects;
using StepLog.Testing;

namespace StepLog.Generated.Tests;

/// <summary>
/// What an OpenTelemetry user sees, through the real SDK and its in-memory exporter: spans, their parents, their status
/// and events, their attributes, and the trace and span ids on every line (through ActivityTrackingOptions).
/// </summary>
[Collection(nameof(GlobalFactory))] // the tracer provider listens process-wide; allocation tests must not see it
public sealed class OpenTelemetryTests : IDisposable
{
    private static readonly ActivitySource TestSource = new("StepLog.Tests");

    private readonly List<Activity> _exported = [];
    private readonly TracerProvider _tracing;
    private readonly SpanLines _lines = new();
    private readonly ILoggerFactory _logging;
    private readonly Activity _root;

    public OpenTelemetryTests()
    {
        _tracing = Sdk.CreateTracerProviderBuilder()
            .AddSource(StepLogging.ActivitySourceName, TestSource.Name)
            .AddInMemoryExporter(_exported)
            .Build()!;
        _logging = LoggerFactory.Create(logging => logging
            .Configure(options => options.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId)
            .SetMinimumLevel(LogLevel.Trace)
            .AddProvider(_lines));

        // Other tests of this process may run StepLog code while the provider listens: only this trace is looked at.
        _root = TestSource.StartActivity("test")!;
    }

    public void Dispose()
    {
        _logging.Dispose();
        _tracing.Dispose();
    }

    [Fact]
    public async Task A_run_is_a_tree_of_spans_across_awaits_and_nested_operations()
    {
        var synced = await Create().SyncAsync("openrouter", CancellationToken.None);

        Assert.Equal(3, synced);
        var spans = Spans();
        Assert.Equal(["Fetch models", "Write entries", "Write Cache", "Store models", "Catalog Sync"], spans.Select(s => s.DisplayName));
        Assert.Equal(_root.SpanId, Span("Catalog Sync").ParentSpanId);
        Assert.Equal(Span("Catalog Sync").SpanId, Span("Fetch models").ParentSpanId);
        Assert.Equal(Span("Catalog Sync").SpanId, Span("Store models").ParentSpanId);
        Assert.Equal(Span("Store models").SpanId, Span("Write Cache").ParentSpanId);
        Assert.Equal(Span("Write Cache").SpanId, Span("Write entries").ParentSpanId);
        Assert.All(spans, s => Assert.Equal(ActivityStatusCode.Unset, s.Status));
        Assert.All(spans, s => Assert.Empty(s.Events));
        Assert.All(spans, s => Assert.Equal(ActivityKind.Internal, s.Kind));
    }

    [Fact]
    public async Task Spans_carry_the_values_of_their_lines_under_steplog_names()
    {
        await Create().SyncAsync("openrouter", CancellationToken.None);

        var operation = Span("Catalog Sync");
        Assert.Equal("Catalog Sync", operation.GetTagItem("steplog.operation"));
        Assert.Equal(2, operation.GetTagItem("steplog.total_steps"));
        Assert.Equal("openrouter", operation.GetTagItem("steplog.provider"));
        Assert.Equal(3, operation.GetTagItem("steplog.synced"));
        Assert.Equal("success", operation.GetTagItem("steplog.status"));
        Assert.IsType<double>(operation.GetTagItem("steplog.total_duration_ms"));

        var fetch = Span("Fetch models");
        Assert.Equal("Catalog Sync", fetch.GetTagItem("steplog.operation"));
        Assert.Equal(1, fetch.GetTagItem("steplog.step_number"));
        Assert.Equal(2, fetch.GetTagItem("steplog.total_steps"));
        Assert.Equal("openrouter", fetch.GetTagItem("steplog.provider"));
        Assert.Equal(3, fetch.GetTagItem("steplog.raw_models"));
        Assert.Equal("success", fetch.GetTagItem("steplog.status"));
        Assert.IsType<double>(fetch.GetTagItem("steplog.duration_ms"));
        Assert.Equal(1, Span("Write entries").GetTagItem("steplog.total_steps"));
    }

    [Fact]
    public async Task A_failure_makes_the_step_and_the_operation_errors_with_the_exception_as_an_event()
    {
        var failure = new InvalidOperationException("timeout");
        var traced = Create();
        traced.StoreFailure = failure;

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => traced.SyncAsync("openrouter", CancellationToken.None));

        Assert.Same(failure, thrown);
        foreach (var span in new[] { Span("Store models"), Span("Catalog Sync") })
        {
            Assert.Equal(ActivityStatusCode.Error, span.Status);
            Assert.Equal("timeout", span.StatusDescription);
            Assert.Equal("failed", span.GetTagItem("steplog.status"));
            Assert.Equal("System.InvalidOperationException", span.GetTagItem("error.type"));
            var exception = Assert.Single(span.Events);
            Assert.Equal("exception", exception.Name);
            var tags = exception.Tags.ToDictionary(t => t.Key, t => t.Value);
            Assert.Equal("System.InvalidOperationException", tags["exception.type"]);
            Assert.Equal("timeout", tags["exception.message"]);
            Assert.Contains(nameof(Traced) + ".StoreAsyncCore", (string)tags["exception.stacktrace"]!);
        }

        Assert.Equal(ActivityStatusCode.Unset, Span("Fetch models").Status);
        Assert.Equal(ActivityStatusCode.Unset, Span("Write Cache").Status);
    }

    [Fact]
    public async Task A_cancellation_is_an_error_described_as_cancelled_without_an_exception_event()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAsync<OperationCanceledException>(() => Create().SyncAsync("openrouter", cancelled.Token));

        foreach (var span in new[] { Span("Fetch models"), Span("Catalog Sync") })
        {
            Assert.Equal(ActivityStatusCode.Error, span.Status);
            Assert.Equal(new OperationCanceledException().Message, span.StatusDescription);
            Assert.Equal("cancelled", span.GetTagItem("steplog.status"));
            Assert.Equal("System.OperationCanceledException", span.GetTagItem("error.type"));
            Assert.Empty(span.Events);
        }
    }

    [Fact]
    public void An_incomplete_operation_is_an_error_and_its_last_line_is_in_its_span()
    {
        var op = new StepLogger(_logging.CreateLogger("Tests"), "Import", 3);
        op.Start();
        op.Step(1, "Read");
        op.Success();
        op.Dispose();

        var span = Span("Import");
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("incomplete: ended without Complete after step 1/3", span.StatusDescription);
        Assert.Equal("incomplete", span.GetTagItem("steplog.status"));
        Assert.Equal(1, span.GetTagItem("steplog.last_step"));
        Assert.Equal(span.SpanId.ToHexString(), _lines.Single(l => l.Message.StartsWith("⚠️ INCOMPLETE")).SpanId);
    }

    [Fact]
    public void StepLogger_values_are_named_escaped_and_cut_as_on_the_line()
    {
        using (var op = new StepLogger(_logging.CreateLogger("Tests"), "Import", 1))
        {
            op.Start(("Source Name", "a\nb"), ("status", "mine"), ("blob", new string('x', 2000)));
            op.Step(1, "Read", ("ratio", 0.5f), ("rows", new List<int> { 1, 2 }));
            op.Failure(new InvalidOperationException("bad\u001b[31m"), ("attempt", (short)2));
            op.Complete(new InvalidOperationException("bad"));
        }

        var operation = Span("Import");
        Assert.Equal("a\\nb", operation.GetTagItem("steplog.source_name"));
        Assert.Equal("mine", operation.GetTagItem("steplog.status_value"));
        Assert.Equal("failed", operation.GetTagItem("steplog.status"));
        Assert.Equal(new string('x', 1024) + "…(+976 chars)", operation.GetTagItem("steplog.blob"));
        var step = Span("Read");
        Assert.Equal(0.5, step.GetTagItem("steplog.ratio"));
        Assert.Equal(2, step.GetTagItem("steplog.rows"));
        Assert.Equal(2L, step.GetTagItem("steplog.attempt"));
        Assert.Equal("bad\\u001b[31m", step.StatusDescription);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_line_carries_the_trace_and_span_ids_of_its_own_span(bool fail)
    {
        var traced = Create();
        traced.StoreFailure = fail ? new InvalidOperationException("timeout") : null;

        try
        {
            await traced.SyncAsync("openrouter", CancellationToken.None);
        }
        catch (InvalidOperationException) when (fail)
        {
        }

        var expected = new (string Prefix, string Span)[]
        {
            ("🚀 START: Catalog Sync", "Catalog Sync"),
            ("▶️  [1/2] Fetch models", "Fetch models"),
            ("✅ [1/2] Fetch models", "Fetch models"),
            ("▶️  [2/2] Store models", "Store models"),
            ("🚀 START: Write Cache", "Write Cache"),
            ("▶️  [1/1] Write entries", "Write entries"),
            ("✅ [1/1] Write entries", "Write entries"),
            ("🏁 COMPLETE: Write Cache", "Write Cache"),
            (fail ? "❌ [2/2] Store models" : "✅ [2/2] Store models", "Store models"),
            ("🏁 COMPLETE: Catalog Sync", "Catalog Sync"),
        };
        var lines = _lines.Where(l => l.TraceId == _root.TraceId.ToHexString()).ToList();
        Assert.Equal(expected.Length, lines.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.StartsWith(expected[i].Prefix, lines[i].Message);
            Assert.True(Span(expected[i].Span).SpanId.ToHexString() == lines[i].SpanId, $"'{lines[i].Message}' is not in the span '{expected[i].Span}'.");
        }
    }

    private Traced Create() =>
        new(_logging.CreateLogger<Traced>(), new CacheWriter(_logging.CreateLogger<CacheWriter>()));

    [Fact]
    public async Task A_traced_call_whose_level_is_off_is_a_span_and_leaves_the_lines_inside_it_as_they_are_untraced()
    {
        var capture = new LogCapture(LogLevel.Information);
        var quiet = new Quiet(capture.CreateLogger("Tests"));

        quiet.Run();
        await quiet.RunAsync();

        Assert.Same(_root, Activity.Current);
        Assert.Equal(Span("Quiet").SpanId, Span("Loud").ParentSpanId);
        Assert.Equal(Span("Quiet async").SpanId, Span("Loud async").ParentSpanId);
        Assert.Equal(_root.SpanId, Span("Quiet async").ParentSpanId);

        // The steps' lines: no id of an operation whose START was never written, each in its own step's span.
        Assert.Equal(4, capture.Entries.Count);
        Assert.All(capture.Entries, entry => Assert.False(entry.HasField("operation_id")));
        Assert.Equal(Span("Loud async").SpanId.ToHexString(), capture.Entries[^1].Field("span_id"));
    }

    private List<Activity> Spans() => _exported.Where(a => a.TraceId == _root.TraceId && a.Source.Name == StepLogging.ActivitySourceName).ToList();

    private Activity Span(string name) => Assert.Single(Spans(), s => s.DisplayName == name);

    /// <summary>A provider that keeps each message with the trace and span ids that ActivityTrackingOptions put in its scope.</summary>
    private sealed class SpanLines : List<(string Message, string? TraceId, string? SpanId)>, ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider? _scopes;

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Logger(SpanLines owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => owner._scopes?.Push(state);

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                string? traceId = null, spanId = null;
                owner._scopes?.ForEachScope(
                    (scope, _) =>
                    {
                        if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                        {
                            foreach (var pair in pairs)
                            {
                                traceId = pair.Key == "TraceId" ? pair.Value?.ToString() : traceId;
                                spanId = pair.Key == "SpanId" ? pair.Value?.ToString() : spanId;
                            }
                        }
                    },
                    (object?)null);
                lock (owner)
                {
                    owner.Add((formatter(state, exception), traceId, spanId));
                }
            }
        }
    }
}
