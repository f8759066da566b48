using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace StepLog.Package.Tests;

/// <summary>
/// The Observability sample for real: it runs the model catalog's operations with OpenTelemetry's SDK, then serves
/// Prometheus text, which the test scrapes over HTTP as a Prometheus server would.
/// </summary>
[Trait("Category", "EndToEnd")]
public class ObservabilitySampleTests
{
    private const string Sample = "StepLog.Samples.Observability";

    [Fact]
    public async Task The_metrics_endpoint_serves_step_duration_buckets_per_operation_step_and_status()
    {
        using var sample = SampleRun.Of(Sample);
        var port = FreePort();
        using var running = sample.Start("--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--runs", "2");

        var ready = running.WaitForLine(line => line.StartsWith("Prometheus metrics at ", StringComparison.Ordinal), TimeSpan.FromMinutes(2));
        Assert.True(ready is not null, running.Describe());
        Assert.Equal($"Prometheus metrics at http://localhost:{port}/metrics; Ctrl+C to stop.", ready);

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var text = await http.GetStringAsync(new Uri($"http://localhost:{port}/metrics"));

        // A scrape target is often written as an address: the loopback address serves the same text.
        using (var byAddress = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/metrics")))
        {
            Assert.Equal(HttpStatusCode.OK, byAddress.StatusCode);
        }

        var buckets = Series(text, "steplog_step_duration_seconds_bucket");
        Assert.Contains(buckets, b => b.Labels["operation"] == "Cache: Fetch Full Catalog" && b.Labels["step"] == "Checking local memory cache" && b.Labels["status"] == "success");
        Assert.Contains(buckets, b => b.Labels["operation"] == "Database: Fetch All Models" && b.Labels["step"] == "Fetching models (paginated)");
        Assert.Contains(buckets, b => b.Labels["step"] == "Fetch from provider API" && b.Labels["status"] == "failed");
        Assert.Contains(buckets, b => b.Labels["step"] == "Upsert to database" && b.Labels["status"] == "success");

        // StepLog's bucket advice, not the SDK's default (which starts at 0 and has no 1 ms bucket).
        var les = buckets.Where(b => b.Labels["step"] == "Upsert to database").Select(b => b.Labels["le"]).ToList();
        Assert.Equal(["0.001", "0.0025", "0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1", "2.5", "5", "10", "30", "60", "+Inf"], les);

        // Two runs: two successful upserts, counted in the +Inf bucket and the _count series.
        Assert.Equal("2", buckets.Single(b => b.Labels["step"] == "Upsert to database" && b.Labels["le"] == "+Inf").Value);
        var operations = Series(text, "steplog_operation_duration_seconds_count");
        Assert.Equal("4", operations.Single(o => o.Labels["operation"] == "Cache: Fetch Full Catalog" && o.Labels["status"] == "success").Value);
        Assert.Equal("2", operations.Single(o => o.Labels["operation"] == "Openrouter Model Sync" && o.Labels["status"] == "failed").Value);

        // The console lines carry their run's short id, after the level.
        Assert.Contains(running.Output, line => Regex.IsMatch(line, @"^\[INFO\] \[op [0-9a-f]{8}\] 🚀 START: Openrouter Model Sync"));

        // steplog reads the console (run ids on every line) as the sample's own metrics count its operations. The
        // console's queue may still hold the last lines when the sample says it serves: they are all out once it stops.
        running.Interrupt(TimeSpan.FromMinutes(1));
        var counted = operations.Sum(o => long.Parse(o.Value, System.Globalization.CultureInfo.InvariantCulture));
        var failed = operations.Where(o => o.Labels["status"] is "failed" or "cancelled").Sum(o => long.Parse(o.Value, System.Globalization.CultureInfo.InvariantCulture));
        var report = SampleReport.OfConsole(sample, string.Join('\n', running.Output) + "\n");
        Assert.Equal((counted, counted - failed, failed, 0), report.Operations);
        Assert.Empty(report.Root.GetProperty("correlation_issues").EnumerateArray());
    }

    [Fact]
    public void A_port_that_is_not_a_number_is_refused_with_a_message_that_names_it()
    {
        using var sample = SampleRun.Of(Sample);

        var run = sample.Run("--port", "nine");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("The metrics port 'nine' (from --port or METRICS_PORT) is not a port number", run.StandardError);
    }

    private static List<(Dictionary<string, string> Labels, string Value)> Series(string text, string name) =>
        text.Split('\n')
            .Where(line => line.StartsWith(name + "{", StringComparison.Ordinal))
            .Select(line =>
            {
                var close = line.LastIndexOf('}');
                var labels = Regex.Matches(line[(name.Length + 1)..close], "(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"")
                    .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
                var value = line[(close + 1)..].Trim().Split(' ')[0];
                return (labels, value);
            })
            .ToList();

    // A port nobody listens on now: the OS picks it; the sample binds it moments later.
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
