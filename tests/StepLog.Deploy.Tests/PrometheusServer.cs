using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace StepLog.Deploy.Tests;

/// <summary>
/// A real prometheus for one test: its own folder (configuration and storage), a free loopback port, one scrape
/// target, 1-second scrapes and rule evaluations. Killed on disposal, however the test ends.
/// </summary>
internal sealed class PrometheusServer : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    private PrometheusServer(Process process, int port)
    {
        _process = process;
        Address = new Uri($"http://127.0.0.1:{port}/");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    public static PrometheusServer Start(string directory, string rulesFile, string job, int targetPort)
    {
        var port = FreePort();
        var configuration = Path.Combine(directory, "prometheus.yml");
        File.WriteAllText(configuration, $"""
            global:
              scrape_interval: 1s
              evaluation_interval: 1s
            rule_files:
              - {rulesFile}
            scrape_configs:
              - job_name: {job}
                static_configs:
                  - targets: ["127.0.0.1:{targetPort}"]
            """);
        var start = new ProcessStartInfo(PrometheusTools.Prometheus)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = directory,
        };
        start.ArgumentList.Add("--config.file=" + configuration);
        start.ArgumentList.Add("--storage.tsdb.path=" + Path.Combine(directory, "data"));
        start.ArgumentList.Add("--web.listen-address=127.0.0.1:" + port);
        return new PrometheusServer(Process.Start(start) ?? throw new InvalidOperationException("Could not start prometheus."), port);
    }

    /// <summary>Waits until the server answers /-/ready; its log when it does not.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                using var response = await _http.GetAsync(new Uri(Address, "-/ready"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException($"prometheus was not ready within {timeout.TotalSeconds}s.{Environment.NewLine}{Log}");
    }

    /// <summary>The active alerts (pending and firing) as /api/v1/alerts gives them.</summary>
    public async Task<IReadOnlyList<ActiveAlert>> AlertsAsync()
    {
        var data = await GetDataAsync("api/v1/alerts");
        return data["alerts"]!.AsArray().Select(a => new ActiveAlert(
            (string)a!["labels"]!["alertname"]!,
            (string)a["state"]!,
            a["labels"]!.AsObject().ToDictionary(l => l.Key, l => (string?)l.Value ?? string.Empty))).ToList();
    }

    /// <summary>Every metric name the server has stored.</summary>
    public async Task<IReadOnlyList<string>> MetricNamesAsync() =>
        (await GetDataAsync("api/v1/label/__name__/values")).AsArray().Select(n => (string)n!).ToList();

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        finally
        {
            _process.Dispose();
            _http.Dispose();
        }
    }

    private async Task<JsonNode> GetDataAsync(string path)
    {
        var body = await _http.GetStringAsync(new Uri(Address, path));
        var answer = JsonNode.Parse(body)!;
        return (string?)answer["status"] == "success"
            ? answer["data"]!
            : throw new InvalidOperationException($"prometheus answered {path} with: {body}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            // The last lines say why it stopped or what it could not load; a long run's start-up is not needed.
            if (_log.Length > 64_000)
            {
                _log.Remove(0, 32_000);
            }

            _log.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>One alert as Prometheus' API lists it: its name, state (pending or firing) and labels.</summary>
internal sealed record ActiveAlert(string Name, string State, IReadOnlyDictionary<string, string> Labels)
{
    public override string ToString() => $"{Name} {State} {{{string.Join(", ", Labels.Where(l => l.Key != "alertname").Select(l => $"{l.Key}={l.Value}"))}}}";
}
