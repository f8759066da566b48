using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using StepLog.Records;

namespace StepLog.Docs.Tests;

/// <summary>
/// README's "In a web app" program does what README says of it, hosted for real: lines a concurrent app can untangle,
/// StepLog's spans under each request's span, /health with StepLog's check, /metrics with StepLog's series, records in
/// the SQLite file.
/// </summary>
[Collection(WebAppCollection.Name)]
public partial class WebAppTests(WebAppRun run) : IClassFixture<WebAppRun>
{
    [Fact]
    public void Every_line_of_a_request_carries_its_run_id_and_a_timestamp_so_concurrent_requests_untangle()
    {
        var lines = run.ConsoleLines.Select(l => StepLine().Match(l)).Where(m => m.Success).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, m => Assert.True(
            DateTimeOffset.TryParse(m.Groups["time"].Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _),
            $"'{m.Value}' does not start with a timestamp"));

        // Grouped by their [op …] prefix, the interleaved lines of the successful requests are whole runs, in order.
        var runs = lines.GroupBy(m => m.Groups["op"].Value).Select(g => g.Select(m => m.Groups["text"].Value).ToList()).ToList();
        var successes = runs.Where(r => r[^1].StartsWith("🏁 COMPLETE: Place order (status=success", StringComparison.Ordinal)).ToList();
        Assert.Equal(WebAppRun.GoodOrders, successes.Count);
        Assert.All(successes, lines => Assert.Collection(
            lines,
            l => Assert.StartsWith("🚀 START: Place order", l),
            l => Assert.StartsWith("▶️  [1/3] Validate order (order_id=ord-", l),
            l => Assert.StartsWith("✅ [1/3] Validate order - SUCCESS", l),
            l => Assert.StartsWith("▶️  [2/3] Price items", l),
            l => Assert.StartsWith("✅ [2/3] Price items - SUCCESS (total=42.50", l),
            l => Assert.StartsWith("▶️  [3/3] Reserve stock", l),
            l => Assert.StartsWith("✅ [3/3] Reserve stock - SUCCESS", l),
            l => Assert.StartsWith("🏁 COMPLETE: Place order (status=success, total=42.50", l)));
        Assert.Equal(WebAppRun.GoodOrders + WebAppRun.BadOrders, runs.Count);
    }

    [Fact]
    public void StepLog_spans_are_exported_under_the_request_span()
    {
        var operations = run.Spans.Where(s => s.Source.Name == StepLogging.ActivitySourceName && s.DisplayName == "Place order").ToList();
        Assert.Equal(WebAppRun.GoodOrders + WebAppRun.BadOrders, operations.Count);

        var requests = run.Spans.Where(s => s.Kind == ActivityKind.Server).ToDictionary(s => s.SpanId);
        Assert.All(operations, operation =>
        {
            Assert.True(requests.TryGetValue(operation.ParentSpanId, out var request), $"'{operation.DisplayName}' has no request span as its parent");
            Assert.Equal("POST /orders/{orderId}", request!.DisplayName);
        });

        var steps = run.Spans.Where(s => s.Source.Name == StepLogging.ActivitySourceName && s.DisplayName != "Place order").ToList();
        Assert.Equal(3 * WebAppRun.GoodOrders + WebAppRun.BadOrders, steps.Count);
        var operationIds = operations.Select(o => o.SpanId).ToHashSet();
        Assert.All(steps, step => Assert.Contains(step.ParentSpanId, operationIds));
    }

    [Fact]
    public void Health_is_healthy_after_successes_and_unhealthy_when_a_third_of_the_steps_fail()
    {
        Assert.Equal((200, "Healthy"), run.HealthAfterSuccesses);
        Assert.Equal((503, "Unhealthy"), run.HealthAfterFailures);
    }

    [Fact]
    public void Metrics_serve_StepLog_step_and_operation_series()
    {
        Assert.Contains($"steplog_operation_duration_seconds_count{{otel_scope_name=\"StepLog\"", run.Metrics, StringComparison.Ordinal);
        var count = run.Metrics.Split('\n').SingleOrDefault(line => line.StartsWith("steplog_step_duration_seconds_count{", StringComparison.Ordinal)
            && line.Contains("operation=\"Place order\"", StringComparison.Ordinal)
            && line.Contains("step=\"Reserve stock\"", StringComparison.Ordinal)
            && line.Contains("status=\"success\"", StringComparison.Ordinal));
        Assert.True(count is not null, "no steplog_step_duration_seconds_count series of the Reserve stock step:\n" + run.Metrics);
        Assert.EndsWith("} " + WebAppRun.GoodOrders.ToString(CultureInfo.InvariantCulture), count);
    }

    [Fact]
    public async Task Every_step_of_an_order_is_a_record_in_the_SQLite_file_under_its_order_id()
    {
        await using var store = new SqliteStepStore($"Data Source={run.StepsFile}");

        var good = await store.GetStepsAsync("ord-1");
        var final = good.GroupBy(r => r.StepNumber).Select(g => g.Last()).OrderBy(r => r.StepNumber).ToList();
        Assert.Equal([(0, StepStatus.Success), (1, StepStatus.Success), (2, StepStatus.Success), (3, StepStatus.Success)], final.Select(r => (r.StepNumber, r.Status)));

        var bad = await store.GetStepsAsync("bad-1");
        Assert.Contains(bad, r => r.StepNumber == 1 && r.Status == StepStatus.Failed && r.ErrorMessage!.Contains("starts with 'ord-'", StringComparison.Ordinal));
    }

    // "2026-12-05T18:34:18.633Z [INFO] [op f00897eb] ▶️  [1/3] Validate order (order_id=ord-1)"
    [GeneratedRegex(@"^(?<time>\S+) \[[A-Z]+\] \[op (?<op>[0-9a-f]{8})\] (?<text>.*)$")]
    private static partial Regex StepLine();
}
