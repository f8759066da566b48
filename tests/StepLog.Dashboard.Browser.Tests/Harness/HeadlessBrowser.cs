using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using StepLog.Cli.Tests.Support;

namespace StepLog.Dashboard.Browser.Tests.Harness;

/// <summary>
/// Headless Chromium driven over the DevTools protocol: started with <c>--remote-debugging-port=0</c>, its port read
/// from the DevToolsActivePort file it writes in its profile folder. Disposing it kills the browser and its children
/// and deletes the profile.
/// </summary>
internal sealed class HeadlessBrowser : IAsyncDisposable
{
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly DirectoryInfo _profile;
    private readonly StringBuilder _errors;
    private DevToolsConnection? _connection;

    private HeadlessBrowser(Process process, DirectoryInfo profile, StringBuilder errors)
    {
        _process = process;
        _profile = profile;
        _errors = errors;
    }

    public static async Task<HeadlessBrowser> LaunchAsync()
    {
        var profile = Directory.CreateTempSubdirectory("steplog-devtools-profile-");
        var start = new ProcessStartInfo(Chromium.Executable()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var flag in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--remote-debugging-port=0",
            "--user-data-dir=" + profile.FullName, "about:blank",
        })
        {
            start.ArgumentList.Add(flag);
        }

        var errors = new StringBuilder();
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, line) => { lock (errors) { errors.AppendLine(line.Data); } };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var browser = new HeadlessBrowser(process, profile, errors);
        try
        {
            var endpoint = await browser.WaitForEndpointAsync();
            browser._connection = await DevToolsConnection.ConnectAsync(endpoint, CommandTimeout);
            return browser;
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }

    /// <summary>A new tab, attached and listening for console errors, exceptions and CSP violations.</summary>
    public async Task<BrowserPage> OpenPageAsync()
    {
        var connection = _connection!;
        var target = await connection.SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, null, CommandTimeout);
        var attached = await connection.SendAsync(
            "Target.attachToTarget", new JsonObject { ["targetId"] = target.GetProperty("targetId").GetString(), ["flatten"] = true }, null, CommandTimeout);
        var page = new BrowserPage(connection, attached.GetProperty("sessionId").GetString()!);
        await page.EnableAsync();
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        try
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // it had exited already
        }

        _process.Dispose();
        try
        {
            _profile.Delete(recursive: true);
        }
        catch (IOException)
        {
            // a file the dying browser still held: the temp folder's own cleanup takes it
        }
    }

    // Chromium writes the port it chose, and the browser endpoint's path, once it listens.
    private async Task<Uri> WaitForEndpointAsync()
    {
        var file = Path.Combine(_profile.FullName, "DevToolsActivePort");
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Chromium exited with {_process.ExitCode} before it opened its DevTools port: {Errors()}");
            }

            if (File.Exists(file))
            {
                var lines = (await File.ReadAllLinesAsync(file)).Where(line => line.Length > 0).ToArray();
                if (lines.Length == 2)
                {
                    return new Uri($"ws://127.0.0.1:{lines[0]}{lines[1]}");
                }
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Chromium did not write {file} within {StartTimeout.TotalSeconds} s: {Errors()}");
    }

    private string Errors()
    {
        lock (_errors)
        {
            return _errors.ToString();
        }
    }
}
