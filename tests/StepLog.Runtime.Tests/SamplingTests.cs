using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StepLog.Records;
using StepLog.Testing;

namespace StepLog.Runtime.Tests;

/// <summary>Sampling of successful operations: a run's lines are written whole or not at all, and failures always.</summary>
public class SamplingTests : IDisposable
{
    // Each test changes the sampling (or the container does) in a configuration of its own: they run beside the others.
    private readonly IDisposable _configuration = ConfigurationSlot.BeginScope();

    public void Dispose() => _configuration.Dispose();

    private readonly LogCapture _capture = new();

    private ILogger Logger => _capture.CreateLogger("Tests");

    [Fact]
    public void At_rate_0_successful_operations_write_nothing_and_a_failed_one_writes_all_its_lines_in_order()
    {
        using var sampling = new SamplingScope(rate: 0);

        for (var i = 0; i < 1000; i++)
        {
            RunSucceeding(Logger, "Sync", steps: 3);
        }

        Assert.Empty(_capture.Entries);

        using (var op = new StepLogger(Logger, "Import", 2))
        {
            op.Start();
            op.Step(1, "Fetch");
            op.Success(("records", 3));
            op.Step(2, "Store");
            var error = new InvalidOperationException("disk full");
            op.Failure(error);
            op.Complete(error);
        }

        Assert.Equal(
            [StepEvent.OperationStart, StepEvent.StepStart, StepEvent.StepSuccess, StepEvent.StepStart, StepEvent.StepFailure, StepEvent.OperationComplete],
            _capture.Entries.Select(e => (StepEvent)e.EventId.Id));
        Assert.All(_capture.Entries, e => Assert.Equal("Import", e.Field("operation")));
        Assert.Equal("failed", _capture.Entries[^1].Field("status"));
    }

    [Fact]
    public void A_held_line_keeps_its_runs_subject_when_it_is_written()
    {
        using var sampling = new SamplingScope(rate: 0);

        using (var op = new StepLogger(Logger, "Reindex", 1) { Subject = "doc\n123" })
        {
            op.Start();
            op.Step(1, "Load");
            op.Failure(new InvalidOperationException("gone"));
        }

        Assert.Equal(
            [StepEvent.OperationStart, StepEvent.StepStart, StepEvent.StepFailure, StepEvent.OperationIncomplete],
            _capture.Entries.Select(e => (StepEvent)e.EventId.Id));
        Assert.All(_capture.Entries, e => Assert.Equal(@"doc\n123", e.Field("subject")));
    }

    [Fact]
    public void At_rate_one_half_about_half_the_runs_are_kept_and_each_kept_run_is_whole()
    {
        using var sampling = new SamplingScope(rate: 0.5);

        for (var i = 0; i < 2000; i++)
        {
            RunSucceeding(Logger, "Sync", steps: 2);
        }

        var runs = _capture.Entries.GroupBy(e => (string)e.Field("operation_id")!).ToList();
        Assert.InRange(runs.Count, 800, 1200);
        Assert.All(runs, run => Assert.Equal(
            [StepEvent.OperationStart, StepEvent.StepStart, StepEvent.StepSuccess, StepEvent.StepStart, StepEvent.StepSuccess, StepEvent.OperationComplete],
            run.Select(e => (StepEvent)e.EventId.Id)));
    }

    [Fact]
    public void A_held_run_writes_nothing_until_it_ends_and_a_failure_releases_it_at_once()
    {
        using var sampling = new SamplingScope(rate: 0);
        using var op = new StepLogger(Logger, "Import", 2);
        op.Start();
        op.Step(1, "Fetch");
        op.Success();
        Assert.Empty(_capture.Entries);

        op.Step(2, "Store");
        op.Failure(new InvalidOperationException("disk full"));

        // The failure is written as it happens, after what was held, and the run goes on live.
        Assert.Equal(5, _capture.Entries.Count);
        Assert.Same(typeof(InvalidOperationException), _capture.Entries[^1].Exception?.GetType());
        op.Complete(new InvalidOperationException("disk full"));
        Assert.Equal(6, _capture.Entries.Count);
    }

    [Fact]
    public void A_slow_operation_is_kept_and_a_fast_one_is_not()
    {
        using (new SamplingScope(rate: 0, slowThreshold: TimeSpan.FromMilliseconds(20)))
        {
            using var op = new StepLogger(Logger, "Slow", 1);
            op.Start();
            op.Step(1, "Wait");
            Thread.Sleep(40);
            op.Success();
            op.Complete();
        }

        Assert.Equal(4, _capture.Entries.Count);

        using (new SamplingScope(rate: 0, slowThreshold: TimeSpan.FromHours(1)))
        {
            RunSucceeding(Logger, "Fast", steps: 1);
        }

        Assert.Equal(4, _capture.Entries.Count);
    }

    [Fact]
    public void A_cancelled_operation_is_kept()
    {
        using var sampling = new SamplingScope(rate: 0);
        using (var op = new StepLogger(Logger, "Import", 1))
        {
            op.Start();
            op.Step(1, "Fetch");
            op.Complete(new OperationCanceledException());
        }

        Assert.Equal([StepEvent.OperationStart, StepEvent.StepStart, StepEvent.OperationComplete], _capture.Entries.Select(e => (StepEvent)e.EventId.Id));
        Assert.Equal("cancelled", _capture.Entries[^1].Field("status"));
    }

    [Fact]
    public void An_incomplete_operation_is_kept()
    {
        using var sampling = new SamplingScope(rate: 0);
        using (var op = new StepLogger(Logger, "Import", 2))
        {
            op.Start();
            op.Step(1, "Fetch");
            op.Success();
        }

        Assert.Equal(
            [StepEvent.OperationStart, StepEvent.StepStart, StepEvent.StepSuccess, StepEvent.OperationIncomplete],
            _capture.Entries.Select(e => (StepEvent)e.EventId.Id));
    }

    [Fact]
    public void A_warning_keeps_the_run()
    {
        using var sampling = new SamplingScope(rate: 0);
        using (var op = new StepLogger(Logger, "Import", 1))
        {
            op.Start();
            op.Step(1, "Fetch");
            op.Warning("3 rows skipped");
            op.Complete();
        }

        Assert.Equal(
            [StepEvent.OperationStart, StepEvent.StepStart, StepEvent.StepWarning, StepEvent.OperationComplete],
            _capture.Entries.Select(e => (StepEvent)e.EventId.Id));
    }

    [Fact]
    public void Nested_operations_follow_their_root_whole()
    {
        using var sampling = new SamplingScope(rate: 0);

        // A successful run with a nested operation: nothing of either.
        using (var root = new StepLogger(Logger, "Root", 1))
        {
            root.Start();
            root.Step(1, "Child");
            RunSucceeding(Logger, "Child", steps: 2);
            root.Success();
            root.Complete();
        }

        Assert.Empty(_capture.Entries);

        // A nested operation that failed (its error handled by the root, which succeeds): the whole run, root included.
        using (var root = new StepLogger(Logger, "Root", 1))
        {
            root.Start();
            root.Step(1, "Child");
            using (var child = new StepLogger(Logger, "Child", 1))
            {
                child.Start();
                child.Step(1, "Work");
                child.Success();
                child.Complete(new InvalidOperationException("child failed"));
            }

            root.Success();
            root.Complete();
        }

        Assert.Equal(
            ["Root", "Root", "Child", "Child", "Child", "Child", "Root", "Root"],
            _capture.Entries.Select(e => (string)e.Field("operation")!));
        Assert.Equal([0, 0, 1, 1, 1, 1, 0, 0], _capture.Entries.Select(e => (int)e.Field("depth")!));
    }

    [Fact]
    public async Task Parallel_operations_each_hold_their_own_lines()
    {
        using var sampling = new SamplingScope(rate: 0);

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
        {
            using var op = new StepLogger(Logger, "Job " + i, 2);
            op.Start();
            op.Step(1, "First");
            await Task.Yield();
            op.Success();
            op.Step(2, "Second");
            await Task.Yield();
            if (i % 4 == 0)
            {
                op.Failure(new InvalidOperationException("job " + i));
                op.Complete(new InvalidOperationException("job " + i));
            }
            else
            {
                op.Success();
                op.Complete();
            }
        })));

        var runs = _capture.Entries.GroupBy(e => (string)e.Field("operation")!).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(Enumerable.Range(0, 40).Where(i => i % 4 == 0).Select(i => "Job " + i).Order(), runs.Keys.Order());
        Assert.All(runs.Values, run => Assert.Equal(
            [StepEvent.OperationStart, StepEvent.StepStart, StepEvent.StepSuccess, StepEvent.StepStart, StepEvent.StepFailure, StepEvent.OperationComplete],
            run.Select(e => (StepEvent)e.EventId.Id)));
    }

    [Fact]
    public async Task Operations_nested_in_parallel_share_their_roots_lines()
    {
        using var sampling = new SamplingScope(rate: 0);
        using (var root = new StepLogger(Logger, "Root", 1))
        {
            root.Start();
            root.Step(1, "Fan out");
            await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
            {
                using var child = new StepLogger(Logger, "Child " + i, 1);
                child.Start();
                child.Step(1, "Work");
                await Task.Yield();
                child.Success();
                child.Complete();
            })));
            root.Success();
            Assert.Empty(_capture.Entries);
            root.Complete(new InvalidOperationException("root failed"));
        }

        Assert.Equal(2 + (8 * 4) + 2, _capture.Entries.Count);
        Assert.All(Enumerable.Range(0, 8), i => Assert.Equal(
            [StepEvent.OperationStart, StepEvent.StepStart, StepEvent.StepSuccess, StepEvent.OperationComplete],
            _capture.Entries.Where(e => (string)e.Field("operation")! == "Child " + i).Select(e => (StepEvent)e.EventId.Id)));
    }

    [Fact]
    public void An_operation_past_the_bound_is_kept_and_its_lines_flow_in_order()
    {
        using var sampling = new SamplingScope(rate: 0, maxHeldLines: 5);
        using (var op = new StepLogger(Logger, "Long", 10))
        {
            op.Start();
            for (var step = 1; step <= 10; step++)
            {
                op.Step(step, "Step " + step);
                if (step == 3)
                {
                    // 5 lines held, the sixth released them: what was held, then the sixth.
                    Assert.Equal(6, _capture.Entries.Count);
                }

                op.Success();
                if (step == 2)
                {
                    Assert.Empty(_capture.Entries);
                }
            }

            op.Complete();
        }

        var expectedNumbers = new List<int?> { null };
        for (var step = 1; step <= 10; step++)
        {
            expectedNumbers.Add(step);
            expectedNumbers.Add(step);
        }

        expectedNumbers.Add(null);
        Assert.Equal(expectedNumbers, _capture.Entries.Select(e => e.HasField("step_number") ? (int?)e.Field("step_number") : null));
    }

    [Fact]
    public void A_held_line_carries_its_original_time_as_a_timestamp_field()
    {
        using var sampling = new SamplingScope(rate: 0, slowThreshold: TimeSpan.Zero);
        var start = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var clock = start;
        SamplingSettings.Clock = () => clock;

        using (var op = new StepLogger(Logger, "Import", 1))
        {
            op.Start();
            clock = clock.AddSeconds(1);
            op.Step(1, "Fetch");
            clock = clock.AddSeconds(1);
            op.Success(("timestamp", "user value"));
            clock = clock.AddSeconds(1);
            op.Complete();
        }

        Assert.Equal(
            ["2026-01-02T03:04:05.0000000+00:00", "2026-01-02T03:04:06.0000000+00:00", "2026-01-02T03:04:07.0000000+00:00", "2026-01-02T03:04:08.0000000+00:00"],
            _capture.Entries.Select(e => (string)e.Field("timestamp")!));
        Assert.Equal("user value", _capture.Entries[2].Field("timestamp_value"));
        Assert.Equal("{OriginalFormat}", _capture.Entries[2].Fields[^1].Key);
    }

    [Fact]
    public void The_steplog_console_formatter_prints_a_held_lines_original_time()
    {
        using var sampling = new SamplingScope(rate: 0, slowThreshold: TimeSpan.Zero);
        var clock = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        SamplingSettings.Clock = () => clock;
        var formatter = new StepLogConsoleFormatter(new FixedOptions(new StepLogConsoleFormatterOptions { TimestampFormat = "HH:mm:ss ", UseUtcTimestamp = true }));
        var output = new StringWriter();

        using (var op = new StepLogger(new ConsoleFormattingLogger(formatter, output), "Import", 0))
        {
            op.Start();
            clock = clock.AddMinutes(1);
            op.Complete();
        }

        Assert.Equal(
            ["03:04:05 [INFO] 🚀 START: Import", "03:05:05 [INFO] 🏁 COMPLETE: Import (total_duration_ms=#)"],
            output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries)
                .Select(line => System.Text.RegularExpressions.Regex.Replace(line, @"duration_ms=[0-9.]+", "duration_ms=#")));
    }

    [Fact]
    public void A_held_line_keeps_its_run_id_on_the_console_and_the_span_it_was_made_in()
    {
        using var sampling = new SamplingScope(rate: 0, slowThreshold: TimeSpan.Zero);
        var formatter = new StepLogConsoleFormatter(new FixedOptions(new StepLogConsoleFormatterOptions { IncludeOperationId = true }));
        var output = new StringWriter();
        var console = new ConsoleFormattingLogger(formatter, output);

        using var op = new StepLogger(Logger, "Import", 2);
        using var consoleOp = new StepLogger(console, "Export", 1);
        var first = new System.Diagnostics.Activity("first").SetIdFormat(System.Diagnostics.ActivityIdFormat.W3C).Start();
        op.Start();
        consoleOp.Start();
        op.Step(1, "Fetch");
        op.Success();
        first.Stop();
        var second = new System.Diagnostics.Activity("second").SetIdFormat(System.Diagnostics.ActivityIdFormat.W3C).Start();
        op.Step(2, "Parse");
        op.Failure(new InvalidOperationException("late"));
        consoleOp.Step(1, "Write");
        consoleOp.Failure(new InvalidOperationException("late"));
        second.Stop();
        op.Complete();
        consoleOp.Complete();

        // Held until the failure, then written: each line with the span that was current when it was logged.
        var firstSpan = first.SpanId.ToHexString();
        var secondSpan = second.SpanId.ToHexString();
        Assert.Equal(
            [firstSpan, firstSpan, firstSpan, secondSpan, secondSpan, null],
            _capture.Entries.Select(e => e.HasField("span_id") ? (string?)e.Field("span_id") : null));
        var id = (string)_capture.Entries[0].Field("operation_id")!;
        Assert.All(_capture.Entries, e => Assert.Equal(id, e.Field("operation_id")));

        // Export runs nested in Import (indented one level); the exception's text follows its FAILED line. Every line of
        // the run has the same prefix.
        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line.Contains("System.InvalidOperationException", StringComparison.Ordinal)).Select(line => line.TrimStart()).ToArray();
        Assert.Equal(4, lines.Length);
        var prefix = lines[0][..lines[0].IndexOf("] ", lines[0].IndexOf("[op ", StringComparison.Ordinal), StringComparison.Ordinal)];
        Assert.Matches(@"^\[INFO\] \[op [0-9a-f]{8}$", prefix);
        Assert.All(lines, line => Assert.Contains(prefix[prefix.IndexOf("[op ", StringComparison.Ordinal)..] + "] ", line));
    }

    [Fact]
    public void A_line_held_outside_any_span_stays_without_one_when_it_is_written_inside_a_span()
    {
        using var sampling = new SamplingScope(rate: 0, slowThreshold: TimeSpan.Zero);
        using var op = new StepLogger(Logger, "Import", 2);
        op.Start();
        op.Step(1, "Fetch");
        op.Success();

        // The failure releases the held lines while a span is current: the lines made before it have no span.
        var span = new System.Diagnostics.Activity("late").SetIdFormat(System.Diagnostics.ActivityIdFormat.W3C).Start();
        op.Step(2, "Parse");
        op.Failure(new InvalidOperationException("late"));
        span.Stop();
        op.Complete();

        var spanId = span.SpanId.ToHexString();
        Assert.Equal(
            [null, null, null, spanId, spanId, null],
            _capture.Entries.Select(e => e.HasField("span_id") ? (string?)e.Field("span_id") : null));
    }

    [Fact]
    public void A_buffered_logger_gets_the_held_lines_as_records_with_their_original_times()
    {
        using var sampling = new SamplingScope(rate: 0, slowThreshold: TimeSpan.Zero);
        var clock = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        SamplingSettings.Clock = () => clock;
        var logger = new BufferedCaptureLogger();

        using (var op = new StepLogger(logger, "Import", 1))
        {
            op.Start();
            clock = clock.AddSeconds(1);
            op.Step(1, "Fetch");
            clock = clock.AddSeconds(1);
            op.Success(("records", 3));
            clock = clock.AddSeconds(1);
            op.Complete();
        }

        Assert.Empty(logger.Logged);
        var batch = Assert.Single(logger.Batches);
        Assert.Equal([5, 6, 7, 8], batch.Select(r => r.Timestamp.Second));
        Assert.Equal(
            [(int)StepEvent.OperationStart, (int)StepEvent.StepStart, (int)StepEvent.StepSuccess, (int)StepEvent.OperationComplete],
            batch.Select(r => r.EventId));
        Assert.StartsWith("✅ [1/1] Fetch - SUCCESS (records=3, duration_ms=", batch[2].Message);
        Assert.Equal(3, batch[2].Attributes["records"]);
        Assert.DoesNotContain("timestamp", batch[2].Attributes.Keys);
    }

    [Fact]
    public void A_held_value_is_what_it_was_when_the_line_was_logged()
    {
        using var sampling = new SamplingScope(rate: 0, slowThreshold: TimeSpan.Zero);
        var rows = new List<int> { 1, 2 };
        var owner = new Mutable { Name = "before" };

        using (var op = new StepLogger(Logger, "Import", 1))
        {
            op.Start();
            op.Step(1, "Fetch");
            op.Success(("rows", rows), ("owner", owner));
            rows.Add(3);
            owner.Name = "after";
            op.Complete();
        }

        var success = _capture.Entries[2];
        Assert.Equal(2, success.Field("rows"));
        Assert.Equal("before", success.Field("owner"));
        Assert.Contains("rows=2, owner=before", success.Message);
    }

    [Fact]
    public async Task Records_see_every_operation_while_lines_are_sampled()
    {
        using var sampling = new SamplingScope(rate: 0);
        using var store = new InMemoryStepStore();
        StepLogging.UseStepStore(store);
        try
        {
            for (var i = 0; i < 10; i++)
            {
                using var op = new StepLogger(Logger, "Sync", 1) { Subject = "doc" + i };
                op.Start();
                op.Step(1, "Work");
                op.Success();
                op.Complete();
            }
        }
        finally
        {
            StepLogging.UseStepStore(null);
        }

        Assert.Empty(_capture.Entries);
        for (var i = 0; i < 10; i++)
        {
            Assert.NotEmpty(await store.GetStepsAsync("doc" + i));
        }
    }

    [Fact]
    public void A_line_logged_after_its_run_was_dropped_is_written_as_it_comes()
    {
        using var sampling = new SamplingScope(rate: 0);
        var op = new StepLogger(Logger, "Import", 2);
        op.Start();
        op.Step(1, "Fetch");
        op.Success();
        op.Complete();
        Assert.Empty(_capture.Entries);

        // Work the operation did not wait for: the outcome that dropped the run never saw it, and it may be a failure.
        op.Step(2, "Late");
        op.Failure(new InvalidOperationException("late"));

        Assert.Equal([StepEvent.StepStart, StepEvent.StepFailure], _capture.Entries.Select(e => (StepEvent)e.EventId.Id));
    }

    [Fact]
    public void At_rate_1_lines_are_written_as_they_come()
    {
        using var op = new StepLogger(Logger, "Import", 1);
        op.Start();
        Assert.Single(_capture.Entries);
        op.Step(1, "Fetch");
        Assert.Equal(2, _capture.Entries.Count);
    }

    [Fact]
    public void AddStepLog_options_set_sampling_until_the_container_is_disposed()
    {
        var services = new ServiceCollection().AddLogging(builder => builder.AddStepLog(options =>
        {
            options.SuccessSampleRate = 0.25;
            options.SlowOperationThreshold = TimeSpan.FromSeconds(2);
            options.MaxHeldLinesPerOperation = 50;
        }));

        using (var provider = services.BuildServiceProvider())
        {
            provider.GetRequiredService<ILoggerFactory>();
            Assert.Equal(0.25, StepLogging.SuccessSampleRate);
            Assert.Equal(TimeSpan.FromSeconds(2), StepLogging.SlowOperationThreshold);
            Assert.Equal(50, StepLogging.MaxHeldLinesPerOperation);
        }

        Assert.Equal(1.0, StepLogging.SuccessSampleRate);
        Assert.Null(StepLogging.SlowOperationThreshold);
        Assert.Equal(1000, StepLogging.MaxHeldLinesPerOperation);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void A_rate_outside_0_to_1_is_refused_with_what_it_should_be(double rate)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => StepLogging.SuccessSampleRate = rate);
        Assert.Contains("from 0 (none) to 1", error.Message);
        Assert.Equal(1.0, StepLogging.SuccessSampleRate);
    }

    [Fact]
    public void A_negative_threshold_and_a_bound_below_1_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StepLogging.SlowOperationThreshold = TimeSpan.FromSeconds(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => StepLogging.MaxHeldLinesPerOperation = 0);
    }

    private static void RunSucceeding(ILogger logger, string name, int steps)
    {
        using var op = new StepLogger(logger, name, steps);
        op.Start();
        for (var step = 1; step <= steps; step++)
        {
            op.Step(step, "Step " + step);
            op.Success();
        }

        op.Complete();
    }

    private sealed class FixedOptions(StepLogConsoleFormatterOptions value) : IOptionsMonitor<StepLogConsoleFormatterOptions>
    {
        public StepLogConsoleFormatterOptions CurrentValue => value;

        public StepLogConsoleFormatterOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<StepLogConsoleFormatterOptions, string?> listener) => null;
    }

    private sealed class ConsoleFormattingLogger(StepLogConsoleFormatter formatter, TextWriter output) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> format) =>
            formatter.Write(new LogEntry<TState>(logLevel, "Tests", eventId, state, exception, format), null, output);
    }

    private sealed class Mutable
    {
        public string Name { get; set; } = "";

        public override string ToString() => Name;
    }
}
