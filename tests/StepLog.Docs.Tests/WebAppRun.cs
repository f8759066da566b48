using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace StepLog.Docs.Tests;

/// <summary>
/// One run of README's web app (samples/StepLog.Samples.WebApi), hosted as it is with WebApplicationFactory: six
/// orders placed at once, then /health and /metrics read, six bad orders placed, /health read again; the host is
/// stopped, so that every line is written and every record stored. What the tests check is what it left behind.
/// </summary>
public sealed class WebAppRun : IAsyncLifetime
{
    public const int GoodOrders = 6;
    public const int BadOrders = 6;

    private readonly string _directory = Directory.CreateTempSubdirectory("steplog-webapp-").FullName;

    public string StepsFile => Path.Combine(_directory, "steps.db");

    /// <summary>What the app wrote to the console: the steplog formatter's lines.</summary>
    public IReadOnlyList<string> ConsoleLines { get; private set; } = [];

    /// <summary>The spans the app's tracer provider exported, StepLog's and the requests'.</summary>
    public List<Activity> Spans { get; } = [];

    public (int Status, string Body) HealthAfterSuccesses { get; private set; }

    public (int Status, string Body) HealthAfterFailures { get; private set; }

    public string Metrics { get; private set; } = "";

    public async Task InitializeAsync()
    {
        // The console logger takes Console.Out when the host builds it: set it first, and read it once the host,
        // stopped, has written every queued line.
        var console = new StringWriter();
        var original = Console.Out;
        Console.SetOut(TextWriter.Synchronized(console));
        try
        {
            await using (var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
            {
                web.UseSetting("ConnectionStrings:Steps", $"Data Source={StepsFile}");
                web.ConfigureServices(services =>
                    services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans)));
            }))
            {
                using var client = factory.CreateClient();
                await Task.WhenAll(Enumerable.Range(1, GoodOrders).Select(i => client.PostAsync(new Uri($"/orders/ord-{i}", UriKind.Relative), null)));
                HealthAfterSuccesses = await Read(client, "/health");
                Metrics = (await Read(client, "/metrics")).Body;
                await Task.WhenAll(Enumerable.Range(1, BadOrders).Select(i => client.PostAsync(new Uri($"/orders/bad-{i}", UriKind.Relative), null)));
                HealthAfterFailures = await Read(client, "/health");
            }
        }
        finally
        {
            Console.SetOut(original);
        }

        ConsoleLines = console.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    private static async Task<(int Status, string Body)> Read(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
