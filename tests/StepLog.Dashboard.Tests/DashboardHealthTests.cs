using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace StepLog.Dashboard.Tests;

/// <summary>The overview's health: StepLog's health check when the host has one, else the store's own counters.</summary>
public sealed class DashboardHealthTests
{
    [Fact]
    public async Task The_overview_shows_the_result_of_StepLogs_health_check_when_one_is_registered()
    {
        await Seeded.IdsAsync();
        await using var host = await DashboardHost.StartAsync(services: services => services.AddHealthChecks()
            .AddCheck("steplog", () => HealthCheckResult.Degraded("3 of 10 steps failed in the last 5 minutes"))
            .AddCheck("database", () => HealthCheckResult.Unhealthy("not StepLog's check")));

        var health = await HealthAsync(host);
        var page = await host.GetStringAsync("/");

        Assert.Equal("health_check", health.GetProperty("source").GetString());
        Assert.Equal("Degraded", health.GetProperty("status").GetString());
        Assert.Equal("3 of 10 steps failed in the last 5 minutes", health.GetProperty("description").GetString());
        Assert.Contains("data-health=\"Degraded\"", page);
    }

    [Fact]
    public async Task The_health_check_is_found_under_the_name_it_was_registered_with()
    {
        await using var host = await DashboardHost.StartAsync(
            configure: options => options.HealthCheckName = "steps",
            services: services => services.AddHealthChecks().AddCheck("steps", () => HealthCheckResult.Unhealthy("half the steps failed")));

        var health = await HealthAsync(host);

        Assert.Equal("Unhealthy", health.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Without_a_health_check_the_overview_shows_a_queued_stores_dropped_records()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Its own queries: the queued store disposes them with itself.
        var store = new QueuedStepStore(
            new WaitingWriter(release.Task), new InMemoryStepStore(), new StepStoreOptions { QueueCapacity = 1, BatchSize = 1, WhenFull = StepStoreFullMode.Drop }, "test-store");
        for (var i = 0; i < 5; i++)
        {
            await store.AddAsync(new StepRecord("doc-5", "Dropped op", StepStatus.Running));
        }

        try
        {
            await using var host = await DashboardHost.StartAsync(store: store);

            var health = await HealthAsync(host);

            Assert.Equal("store", health.GetProperty("source").GetString());
            Assert.Equal("Degraded", health.GetProperty("status").GetString());
            Assert.True(health.GetProperty("data").GetProperty("dropped_records").GetInt64() >= 3);
            Assert.Contains("test-store", health.GetProperty("description").GetString());
        }
        finally
        {
            release.SetResult();
            await store.DisposeAsync();
        }
    }

    private static async Task<JsonElement> HealthAsync(DashboardHost host)
    {
        var json = await host.GetStringAsync("/api/overview");
        return JsonDocument.Parse(json).RootElement.GetProperty("health").Clone();
    }

    /// <summary>Holds the first batch until released, so that the queue stays full.</summary>
    private sealed class WaitingWriter(Task release) : IStepRecordWriter
    {
        public Task WriteBatchAsync(IReadOnlyList<StepRecord> batch, CancellationToken cancellationToken) => release;

        public Task<long> DeleteExpiredAsync(StepStatus status, DateTimeOffset before, CancellationToken cancellationToken) => Task.FromResult(0L);
    }
}
