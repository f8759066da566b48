using System.Net;
using System.Net.Sockets;
using StepLog.Package.Tests;

namespace StepLog.Deploy.Tests;

/// <summary>
/// The alerts on a real prometheus: the Observability sample plays an outage (<c>--incident</c>), prometheus scrapes it
/// every second and evaluates the shipped rules with short durations (<see cref="FastRules"/>); the alerts that match
/// the outage fire, and resolve once the sample recovers.
/// </summary>
[Trait("Category", "EndToEnd")]
public class AlertsEndToEndTests
{
    private const string Job = "steplog-sample";

    // What the outage is: the sync fails (its fetch step every time), slowly, with no success; the batch stops at an item.
    private static readonly (string Alert, string Label, string Value)[] Outage =
    [
        ("StepLogStepFailureRateHigh", "step", "Fetch from provider API"),
        ("StepLogOperationSlow", "operation", "Openrouter Model Sync"),
        ("StepLogOperationNotSucceeding", "operation", "Openrouter Model Sync"),
        ("StepLogBatchStalled", "batch", "Catalog Refresh"),
    ];

    private static readonly TimeSpan AlertTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task The_alerts_of_an_outage_fire_on_a_real_prometheus_and_resolve_when_the_sample_recovers()
    {
        _ = PrometheusTools.Prometheus; // fails first, saying how to install it, when it is missing
        using var sample = SampleRun.Of("StepLog.Samples.Observability");
        var port = FreePort();
        using var running = sample.StartWithInput("--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--runs", "1", "--incident");
        Assert.True(running.WaitForLine(line => line.StartsWith("Incident: ", StringComparison.Ordinal), TimeSpan.FromMinutes(2)) is not null, running.Describe());

        var directory = Directory.CreateTempSubdirectory("steplog-prometheus-").FullName;
        try
        {
            var rules = Path.Combine(directory, "steplog.rules.yml");
            File.WriteAllText(rules, FastRules.From(File.ReadAllText(DeployFiles.Rules)));
            using var prometheus = PrometheusServer.Start(directory, rules, Job, port);
            await prometheus.WaitUntilReadyAsync(TimeSpan.FromSeconds(30));

            var firing = await WaitForAsync(prometheus, alerts => Outage.All(o => alerts.Any(a => Matches(a, o) && a.State == "firing")), "every alert of the outage firing", running);
            var unexpected = firing.Where(a => a.State == "firing" && !Outage.Any(o => Matches(a, o))).ToList();
            Assert.True(unexpected.Count == 0, $"Alerts that the outage should not fire: {string.Join("; ", unexpected)}");
            Assert.All(firing.Where(a => a.State == "firing"), a => Assert.Equal(Job, a.Labels.GetValueOrDefault("job")));

            await running.Input.WriteLineAsync("recover");
            await running.Input.FlushAsync();
            await WaitForAsync(prometheus, alerts => !alerts.Any(a => Outage.Any(o => Matches(a, o))), "every alert of the outage resolved", running);

            // The names the tests expect of the exporter are the names a real scrape stores.
            var stored = (await prometheus.MetricNamesAsync()).Where(n => n.StartsWith("steplog_", StringComparison.Ordinal)).ToList();
            Assert.All(stored, name => Assert.Contains(name, StepLogMetricNames.Exported));
            Assert.Contains("steplog_batch_last_progress_time_seconds", stored);
            Assert.Contains("steplog_batch_active_items", stored);
        }
        finally
        {
            TryDelete(directory);
        }
    }

    [Fact]
    public void An_incident_without_serving_the_metrics_is_refused_with_what_to_do()
    {
        using var sample = SampleRun.Of("StepLog.Samples.Observability");

        var run = sample.Run("--incident", "--no-serve");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--incident plays an outage in the metrics it serves: use it without --no-serve.", run.StandardError);
    }

    private static bool Matches(ActiveAlert alert, (string Alert, string Label, string Value) expected) =>
        alert.Name == expected.Alert && alert.Labels.GetValueOrDefault(expected.Label) == expected.Value;

    // Polls the alerts every half second until the condition holds; fails with what was seen, and the sample's and
    // prometheus' output, when it does not within AlertTimeout.
    private static async Task<IReadOnlyList<ActiveAlert>> WaitForAsync(PrometheusServer prometheus, Func<IReadOnlyList<ActiveAlert>, bool> condition, string what, RunningSample sample)
    {
        var deadline = DateTime.UtcNow + AlertTimeout;
        IReadOnlyList<ActiveAlert> alerts = [];
        while (DateTime.UtcNow < deadline)
        {
            alerts = await prometheus.AlertsAsync();
            if (condition(alerts))
            {
                return alerts;
            }

            await Task.Delay(500);
        }

        Assert.Fail($"Not {what} within {AlertTimeout.TotalSeconds}s. Active alerts: {string.Join("; ", alerts)}{Environment.NewLine}" +
            $"--- prometheus ---{Environment.NewLine}{prometheus.Log}{Environment.NewLine}{sample.Describe()}");
        return alerts;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file the killed server still held; the system's temp cleanup takes it later.
        }
    }
}
