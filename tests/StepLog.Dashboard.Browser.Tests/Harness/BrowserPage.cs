using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StepLog.Dashboard.Browser.Tests.Harness;

/// <summary>
/// One tab: navigates, evaluates script, waits for a condition in the page, takes screenshots, and keeps every console
/// error, uncaught exception and Content Security Policy violation it saw as <see cref="Problems"/>.
/// </summary>
internal sealed class BrowserPage
{
    private static readonly TimeSpan LoadTimeout = TimeSpan.FromSeconds(30);

    // Reported through the console, so that Runtime.consoleAPICalled collects it with the rest; the listener is the
    // browser's, injected by DevTools, and no CSP applies to it.
    private const string ReportViolations =
        "document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));";

    private readonly DevToolsConnection _connection;
    private readonly string _session;
    private readonly ConcurrentQueue<string> _problems = new();
    private TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public BrowserPage(DevToolsConnection connection, string session)
    {
        _connection = connection;
        _session = session;
        connection.EventReceived += OnEvent;
    }

    /// <summary>Console errors, uncaught exceptions, failed loads and CSP violations, in the order they came.</summary>
    public IReadOnlyList<string> Problems => [.. _problems];

    public async Task EnableAsync()
    {
        await SendAsync("Page.enable");
        await SendAsync("Runtime.enable");
        await SendAsync("Log.enable");
        await SendAsync("Page.addScriptToEvaluateOnNewDocument", new JsonObject { ["source"] = ReportViolations });
        await SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = 1280, ["height"] = 900, ["deviceScaleFactor"] = 1, ["mobile"] = false });
    }

    /// <summary>Goes to <paramref name="url"/> and returns once its load event fired.</summary>
    public async Task NavigateAsync(string url)
    {
        _loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var navigated = await SendAsync("Page.navigate", new JsonObject { ["url"] = url });
        if (navigated.TryGetProperty("errorText", out var error) && error.GetString() is { Length: > 0 } text)
        {
            throw new InvalidOperationException($"Chromium could not open {url}: {text}");
        }

        if (await Task.WhenAny(_loaded.Task, Task.Delay(LoadTimeout)) != _loaded.Task)
        {
            throw new TimeoutException($"{url} did not finish loading within {LoadTimeout.TotalSeconds} s.");
        }
    }

    /// <summary>The value of a script expression in the page (awaited when it is a promise); throws with the page's error when it throws.</summary>
    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true });
        if (result.TryGetProperty("exceptionDetails", out var thrown))
        {
            throw new InvalidOperationException($"The page threw evaluating `{expression}`: {thrown.GetRawText()}");
        }

        return result.GetProperty("result").TryGetProperty("value", out var value) ? value : default;
    }

    public async Task<string?> TextAsync(string expression) => (await EvaluateAsync(expression)) is { ValueKind: JsonValueKind.String } text ? text.GetString() : null;

    /// <summary>
    /// Waits until <paramref name="condition"/> is true in the page (a page that renders or updates from script gets
    /// there when it gets there); fails naming <paramref name="what"/> when it is not within <paramref name="timeout"/>.
    /// </summary>
    public async Task WaitForAsync(string condition, string what, TimeSpan? timeout = null)
    {
        var limit = timeout ?? LoadTimeout;
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if ((await EvaluateAsync($"!!({condition})")).ValueKind == JsonValueKind.True)
            {
                return;
            }

            if (waited.Elapsed > limit)
            {
                throw new TimeoutException($"Waited {limit.TotalSeconds} s for {what} (`{condition}`); the page's text: {await TextAsync("document.body ? document.body.innerText : ''")}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>
    /// Loads <paramref name="url"/> again and again until <paramref name="condition"/> is true in it: for data that
    /// reaches the server after the test asked for it (a store's writer queues what it writes).
    /// </summary>
    public async Task NavigateUntilAsync(string url, string condition, string what, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            await NavigateAsync(url);
            if ((await EvaluateAsync($"!!({condition})")).ValueKind == JsonValueKind.True)
            {
                return;
            }

            if (waited.Elapsed > timeout)
            {
                throw new TimeoutException($"Reloaded {url} for {timeout.TotalSeconds} s and never saw {what} (`{condition}`); the page's text: {await TextAsync("document.body ? document.body.innerText : ''")}");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>Writes a PNG of the whole page, down to its last element (up to 4,000 pixels high), to <paramref name="path"/>.</summary>
    public async Task ScreenshotAsync(string path)
    {
        // To the bottom of what the page drew, not of the viewport: a short page makes no band of empty background.
        var bottom = await EvaluateAsync("Math.ceil(Math.max(1, ...[...document.body.children].map(e => e.getBoundingClientRect().bottom + window.scrollY)))");
        var metrics = await SendAsync("Page.getLayoutMetrics");
        var width = metrics.GetProperty("cssContentSize").GetProperty("width").GetDouble();
        var clip = new JsonObject
        {
            ["x"] = 0, ["y"] = 0, ["scale"] = 1,
            ["width"] = Math.Max(1280, Math.Ceiling(width)),
            ["height"] = Math.Clamp(bottom.GetDouble(), 1, 4000),
        };
        var shot = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png", ["clip"] = clip, ["captureBeyondViewport"] = true });
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(shot.GetProperty("data").GetString()!));
    }

    private Task<JsonElement> SendAsync(string method, JsonObject? parameters = null) =>
        _connection.SendAsync(method, parameters, _session, HeadlessBrowser.CommandTimeout);

    private void OnEvent(string method, string? session, JsonElement parameters)
    {
        if (session != _session)
        {
            return;
        }

        switch (method)
        {
            case "Page.loadEventFired":
                _loaded.TrySetResult();
                break;
            case "Runtime.consoleAPICalled" when parameters.GetProperty("type").GetString() is "error" or "assert":
                _problems.Enqueue("console." + parameters.GetProperty("type").GetString() + ": " +
                    string.Join(" ", parameters.GetProperty("args").EnumerateArray().Select(Describe)));
                break;
            case "Runtime.exceptionThrown":
                var details = parameters.GetProperty("exceptionDetails");
                _problems.Enqueue("uncaught: " + (details.TryGetProperty("exception", out var exception) ? Describe(exception) : details.GetProperty("text").GetString()));
                break;
            case "Log.entryAdded" when parameters.GetProperty("entry").GetProperty("level").GetString() == "error":
                var entry = parameters.GetProperty("entry");
                _problems.Enqueue($"log ({entry.GetProperty("source").GetString()}): {entry.GetProperty("text").GetString()}" +
                    (entry.TryGetProperty("url", out var url) ? " at " + url.GetString() : ""));
                break;
        }
    }

    private static string Describe(JsonElement remote) =>
        remote.TryGetProperty("value", out var value) ? value.ToString()
        : remote.TryGetProperty("description", out var description) ? description.GetString() ?? ""
        : remote.GetProperty("type").GetString() ?? "";
}
