using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StepLog.Records;

namespace StepLog.Benchmarks.Dashboard;

/// <summary>
/// The server time of each dashboard page over the records <see cref="DashboardQueries"/> seeded: the page as a
/// browser asks for it, from Kestrel on a loopback port (so the figure includes the request's round trip, an upper
/// bound of the server's time), with the dashboard's clock at the moment the records were written, so that "the last
/// hour" holds records.
/// </summary>
internal static class DashboardPages
{
    private const int Calls = 100;

    public static void Time(IStepRecordQueries queries, DateTimeOffset now, string run, string? deepCursor)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(queries);
        builder.Services.AddSingleton<TimeProvider>(new FixedClock(now));
        using var app = builder.Build();
        app.MapStepLogDashboard("/steplog");
        app.StartAsync().GetAwaiter().GetResult();
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var http = new HttpClient { BaseAddress = new Uri(address.TrimEnd('/') + "/steplog/") };
            Console.WriteLine("  pages (HTML, as a browser asks for them):");
            Page(http, "overview, last hour", "");
            Page(http, "overview, last day", "?window=day");
            Page(http, "overview, last week", "?window=week");
            Page(http, "runs, first page", "runs");
            Page(http, "runs, a page deep in", "runs?after=" + Uri.EscapeDataString(deepCursor ?? ""));
            Page(http, "runs, one operation, failed", "runs?operation=" + DashboardSeed.Operations[2] + "&status=failed");
            Page(http, "run", "runs/" + Uri.EscapeDataString(run));
            Page(http, "subject", "subjects/doc4242");
            Page(http, "errors and warnings of a day", "errors?warnings=true");
            Page(http, "batches", "batches");
        }
        finally
        {
            app.StopAsync().GetAwaiter().GetResult();
        }
    }

    private static void Page(HttpClient http, string what, string path)
    {
        long bytes = 0;
        for (var i = 0; i < 3; i++)
        {
            bytes = Get(http, path);
        }

        var times = new double[Calls];
        for (var i = 0; i < Calls; i++)
        {
            var clock = Stopwatch.StartNew();
            Get(http, path);
            times[i] = clock.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        Console.WriteLine($"  {what,-42} p50 {times[Calls / 2],8:N1} ms   p95 {times[(int)(Calls * 0.95) - 1],8:N1} ms   max {times[^1],8:N1} ms   {bytes / 1024.0,6:N1} KB");
    }

    private static long Get(HttpClient http, string path)
    {
        using var response = http.GetAsync(path).GetAwaiter().GetResult();
        var body = response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
        }

        return body.Length;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
