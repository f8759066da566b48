using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StepLog.Records.Tests.Stores;

namespace StepLog.Records.Tests.Recording;

/// <summary><c>services.AddStepRecords(...)</c> and <c>AddHealthChecks().AddStepLog()</c> in a real host.</summary>
public sealed class StepRecordsHostTests : IDisposable
{
    // The hosts and containers here configure this test's configuration, which no test beside it sees.
    private readonly IDisposable _configuration = ConfigurationSlot.BeginScope();
    private readonly SqliteFile _file = new();

    public void Dispose()
    {
        _configuration.Dispose();
        _file.Dispose();
    }

    [Fact]
    public async Task The_host_makes_its_store_StepLogs_store_and_flushes_it_when_it_stops()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddStepRecords(options => options.UseSqlite(_file.ConnectionString, store => store.FlushInterval = TimeSpan.FromHours(1)));
        var host = builder.Build();

        await host.StartAsync();
        var store = host.Services.GetRequiredService<IStepStore>();
        Assert.IsType<SqliteStepStore>(store);
        Assert.Same(store, StepLogging.StepStore);
        for (var i = 0; i < 100; i++)
        {
            StepRecorder.Record(new StepRecord("doc1", "step " + i, StepStatus.Success));
        }

        await host.StopAsync();
        await ((IAsyncDisposable)host).DisposeAsync();

        Assert.Null(StepLogging.StepStore);
        await using var reopened = new SqliteStepStore(_file.ConnectionString);
        Assert.Equal(100, (await reopened.GetStepsAsync("doc1")).Count);
    }

    [Fact]
    public async Task A_container_disposed_synchronously_still_writes_the_queue()
    {
        var services = new ServiceCollection().AddStepRecords(options => options.UseSqlite(_file.ConnectionString, store => store.FlushInterval = TimeSpan.FromHours(1)));
        using (var provider = services.BuildServiceProvider())
        {
            provider.GetRequiredService<ILoggerFactory>();
            StepRecorder.Record(new StepRecord("doc1", "queued", StepStatus.Success));
        }

        await using var reopened = new SqliteStepStore(_file.ConnectionString);
        Assert.Single(await reopened.GetStepsAsync("doc1"));
    }

    [Fact]
    public void Records_without_a_store_is_an_error_that_says_which_to_choose()
    {
        using var provider = new ServiceCollection().AddStepRecords(_ => { }).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ILoggerFactory>());

        Assert.Contains("UseSqlite", error.Message);
        Assert.Contains("UsePostgres", error.Message);
        Assert.Contains("UseInMemory", error.Message);
        Assert.Null(StepLogging.StepStore);
    }

    [Fact]
    public void Two_stores_is_an_error_that_names_both()
    {
        using var provider = new ServiceCollection()
            .AddStepRecords(records => records.UseInMemory().UseSqlite(_file.ConnectionString))
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStepStore>());

        Assert.Contains("2 stores (in memory and SQLite): choose one", error.Message);
    }

    [Fact]
    public async Task A_host_without_a_store_does_not_start_and_says_which_to_choose()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddStepRecords(_ => { });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            using var host = builder.Build();
            await host.StartAsync();
        });

        Assert.Contains("AddStepRecords needs a store", error.Message);
    }

    [Fact]
    public async Task A_host_with_health_check_options_out_of_range_does_not_start_and_names_the_option()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddHealthChecks().AddStepLog(options => options.Window = TimeSpan.Zero, name: "pipeline");
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("The health check 'pipeline': StepHealthCheckOptions.Window is 00:00:00: it must be positive.", error.Message);
    }

    [Fact]
    public async Task Two_health_checks_keep_their_own_thresholds()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddHealthChecks()
            .AddStepLog(options => options.MinimumSteps = 1, name: "strict")
            .AddStepLog(options => options.MinimumSteps = 1000, name: "lenient");
        await using var provider = services.BuildServiceProvider();
        var health = provider.GetRequiredService<HealthCheckService>();
        await health.CheckHealthAsync();
        for (var i = 0; i < 10; i++)
        {
            StepRecorder.Record(new StepRecord("doc" + i, "load", StepStatus.Failed));
        }

        var report = await health.CheckHealthAsync();

        Assert.Equal(HealthStatus.Unhealthy, report.Entries["strict"].Status);
        Assert.Equal(HealthStatus.Degraded, report.Entries["lenient"].Status);
    }

    [Fact]
    public async Task The_health_check_sees_the_records_of_a_running_host()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddStepRecords(options => options.UseInMemory());
        builder.Services.AddHealthChecks().AddStepLog(options => options.MinimumSteps = 4);
        using var host = builder.Build();
        await host.StartAsync();
        var health = host.Services.GetRequiredService<HealthCheckService>();

        StepRecorder.Record(new StepRecord("doc1", "load", StepStatus.Success));
        StepRecorder.Record(new StepRecord("doc2", "load", StepStatus.Success));
        StepRecorder.Record(new StepRecord("doc3", "load", StepStatus.Failed) { ErrorMessage = "disk full" });
        StepRecorder.Record(new StepRecord("doc4", "load", StepStatus.Failed) { ErrorMessage = "disk full" });
        var report = await health.CheckHealthAsync();

        var entry = report.Entries["steplog"];
        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.Equal(2L, entry.Data["failed"]);
        Assert.Equal(2, (await host.Services.GetRequiredService<IStepStore>().GetRecentErrorsAsync(time.GetUtcNow().AddMinutes(-1))).Count);

        time.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync()).Entries["steplog"].Status);
        await host.StopAsync();
    }
    [Fact]
    public async Task The_health_check_observes_records_in_a_container_built_without_a_host()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddHealthChecks().AddStepLog(options => options.MinimumSteps = 4);
        await using var provider = services.BuildServiceProvider();
        var health = provider.GetRequiredService<HealthCheckService>();
        var first = (await health.CheckHealthAsync()).Entries["steplog"];
        Assert.Equal(HealthStatus.Healthy, first.Status);

        for (var i = 0; i < 400; i++)
        {
            StepRecorder.Record(new StepRecord("doc" + i, "load", StepStatus.Failed) { ErrorMessage = "disk full" });
        }

        var entry = (await health.CheckHealthAsync()).Entries["steplog"];
        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.Equal(400L, entry.Data["failed"]);
        Assert.IsType<DateTimeOffset>(entry.Data["observing_since"]);
    }

    [Fact]
    public async Task A_disposed_container_stops_its_health_window_observing()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddHealthChecks().AddStepLog();
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        var window = provider.GetRequiredService<StepOutcomeWindow>();
        StepRecorder.Record(new StepRecord("doc1", "load", StepStatus.Failed));
        await provider.DisposeAsync();

        StepRecorder.Record(new StepRecord("doc2", "load", StepStatus.Failed));

        Assert.Equal(1L, window.GetSnapshot().Count(StepStatus.Failed));
    }
}
