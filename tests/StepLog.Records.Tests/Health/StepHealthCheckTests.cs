using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

namespace StepLog.Records.Tests.Health;

public sealed class StepHealthCheckTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
    private readonly StepHealthCheckOptions _options = new();
    private readonly StepOutcomeWindow _window;

    public StepHealthCheckTests() => _window = new StepOutcomeWindow(_options, _time);

    [Theory]
    [InlineData(100, 0, HealthStatus.Healthy)]
    [InlineData(96, 4, HealthStatus.Healthy)]
    [InlineData(95, 5, HealthStatus.Degraded)]
    [InlineData(90, 10, HealthStatus.Degraded)]
    [InlineData(76, 24, HealthStatus.Degraded)]
    [InlineData(75, 25, HealthStatus.Unhealthy)]
    [InlineData(50, 50, HealthStatus.Unhealthy)]
    public async Task The_failure_rate_of_terminal_steps_decides(int successes, int failures, HealthStatus expected)
    {
        Record(StepStatus.Success, successes);
        Record(StepStatus.Failed, failures);

        Assert.Equal(expected, (await CheckAsync()).Status);
    }

    [Fact]
    public async Task Below_the_minimum_a_single_failure_is_Degraded_and_never_Unhealthy()
    {
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync()).Status);

        Record(StepStatus.Success, 9);
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync()).Status);

        var onlyFailures = new StepOutcomeWindow(_options, _time);
        for (var i = 0; i < 9; i++)
        {
            onlyFailures.OnRecorded(new StepRecord("doc", "load", StepStatus.Failed));
        }

        Assert.Equal(HealthStatus.Degraded, (await new StepHealthCheck(onlyFailures, _options).CheckHealthAsync(new HealthCheckContext())).Status);
    }

    [Fact]
    public async Task Steps_that_have_not_ended_do_not_count_toward_the_rate()
    {
        Record(StepStatus.Success, 10);
        Record(StepStatus.Running, 100);
        Record(StepStatus.Pending, 100);
        Record(StepStatus.Error, 100);

        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal(10L, result.Data["terminal_steps"]);
        Assert.Equal(100L, result.Data["error"]);
    }

    [Fact]
    public async Task Warnings_and_skips_are_terminal_but_not_failures()
    {
        Record(StepStatus.Warning, 50);
        Record(StepStatus.Skipped, 45);
        Record(StepStatus.Failed, 5);

        var result = await CheckAsync();

        Assert.Equal(100L, result.Data["terminal_steps"]);
        Assert.Equal(0.05, (double)result.Data["failure_rate"], 10);
        Assert.Equal(HealthStatus.Degraded, result.Status);
    }

    [Fact]
    public async Task Outcomes_older_than_the_window_are_forgotten()
    {
        Record(StepStatus.Failed, 50);
        _time.Advance(TimeSpan.FromMinutes(4));
        Record(StepStatus.Success, 50);
        Assert.Equal(HealthStatus.Unhealthy, (await CheckAsync()).Status);

        _time.Advance(TimeSpan.FromMinutes(1.5));

        var result = await CheckAsync();
        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal(0L, result.Data["failed"]);
        Assert.Empty((string[])result.Data["latest_errors"]);
    }

    [Fact]
    public async Task The_data_holds_counts_failing_steps_and_latest_errors()
    {
        Record(StepStatus.Success, 80);
        var failing = new[] { ("ocr", 6), ("load", 5), ("parse", 4), ("index", 3), ("store", 2), ("notify", 1) };
        foreach (var (step, count) in failing)
        {
            for (var i = 0; i < count; i++)
            {
                _window.OnRecorded(new StepRecord("doc" + i, step, StepStatus.Failed) { ErrorMessage = $"{step} broke {i}" });
            }
        }

        _window.OnRecorded(new StepRecord("doc42", "ocr", StepStatus.Error) { ErrorMessage = "Retry 1: timeout" });

        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Equal(101L, result.Data["terminal_steps"]);
        Assert.Equal(80L, result.Data["success"]);
        Assert.Equal(21L, result.Data["failed"]);
        Assert.Equal(1L, result.Data["error"]);
        Assert.Equal(0L, result.Data["warning"]);
        Assert.Equal(300.0, result.Data["window_seconds"]);
        Assert.Equal(21.0 / 101, (double)result.Data["failure_rate"], 10);
        var steps = (IReadOnlyDictionary<string, long>)result.Data["failing_steps"];
        Assert.Equal(["ocr", "load", "parse", "index", "store"], steps.Keys);
        Assert.Equal([6L, 5L, 4L, 3L, 2L], steps.Values);
        Assert.Equal(
            ["ocr (doc42) Error: Retry 1: timeout", "notify (doc0) Failed: notify broke 0", "store (doc1) Failed: store broke 1", "store (doc0) Failed: store broke 0", "index (doc2) Failed: index broke 2"],
            (string[])result.Data["latest_errors"]);
        Assert.Contains("21 of 101 finished steps failed", result.Description);
    }

    [Fact]
    public void Thresholds_out_of_order_are_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new StepOutcomeWindow(new StepHealthCheckOptions { DegradedFailureRate = 0.5, UnhealthyFailureRate = 0.25 }));

        Assert.Contains("DegradedFailureRate (0.5) <= UnhealthyFailureRate (0.25)", error.Message);
    }

    private void Record(StepStatus status, int count)
    {
        for (var i = 0; i < count; i++)
        {
            _window.OnRecorded(new StepRecord("doc" + i, "step", status) { ErrorMessage = status.IsError() ? "broke" : null });
        }
    }

    private Task<HealthCheckResult> CheckAsync() => new StepHealthCheck(_window, _options).CheckHealthAsync(new HealthCheckContext());
}
