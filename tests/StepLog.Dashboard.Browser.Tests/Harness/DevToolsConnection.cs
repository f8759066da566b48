using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StepLog.Dashboard.Browser.Tests.Harness;

/// <summary>
/// One WebSocket to Chromium's DevTools endpoint: JSON commands answered by id, and events handed to
/// <see cref="EventReceived"/>. Every command has a timeout whose message names the command, and a closed connection
/// fails every command still waiting, so that a dead browser is an error and never a hang.
/// </summary>
internal sealed class DevToolsConnection : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, (string Method, TaskCompletionSource<JsonElement> Answer)> _waiting = new();
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly CancellationTokenSource _closing = new();
    private Task _reading = Task.CompletedTask;
    private int _lastId;

    /// <summary>An event: its method, the session it belongs to (null for the browser's) and its parameters.</summary>
    public event Action<string, string?, JsonElement>? EventReceived;

    public static async Task<DevToolsConnection> ConnectAsync(Uri endpoint, TimeSpan timeout)
    {
        var connection = new DevToolsConnection();
        connection._socket.Options.KeepAliveInterval = TimeSpan.Zero;
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await connection._socket.ConnectAsync(endpoint, limit.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"Could not connect to Chromium's DevTools at {endpoint} within {timeout.TotalSeconds} s.");
        }

        connection._reading = Task.Run(connection.ReadAsync);
        return connection;
    }

    /// <summary>Sends a command and returns its result; throws, naming the command, when Chromium refuses it or does not answer in time.</summary>
    public async Task<JsonElement> SendAsync(string method, JsonObject? parameters, string? sessionId, TimeSpan timeout)
    {
        var id = Interlocked.Increment(ref _lastId);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[id] = (method, answer);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? [] };
        if (sessionId is not null)
        {
            message["sessionId"] = sessionId;
        }

        await _sending.WaitAsync();
        try
        {
            await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, _closing.Token);
        }
        finally
        {
            _sending.Release();
        }

        if (await Task.WhenAny(answer.Task, Task.Delay(timeout)) != answer.Task)
        {
            _waiting.TryRemove(id, out _);
            throw new TimeoutException($"Chromium did not answer {method} within {timeout.TotalSeconds} s.");
        }

        return await answer.Task;
    }

    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync();
        _socket.Abort();
        await _reading;
        _socket.Dispose();
        _sending.Dispose();
        _closing.Dispose();
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        string reason = "the browser closed it";
        try
        {
            while (!_closing.IsCancellationRequested)
            {
                var received = await _socket.ReceiveAsync(buffer, _closing.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                message.Write(buffer, 0, received.Count);
                if (received.EndOfMessage)
                {
                    Dispatch(message.ToArray());
                    message.SetLength(0);
                }
            }
        }
        catch (Exception error) when (error is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            reason = error.Message;
        }

        foreach (var (id, waiting) in _waiting)
        {
            if (_waiting.TryRemove(id, out _))
            {
                waiting.Answer.TrySetException(new InvalidOperationException($"Chromium's DevTools connection closed before it answered {waiting.Method}: {reason}"));
            }
        }
    }

    private void Dispatch(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.TryGetProperty("id", out var idProperty))
        {
            if (_waiting.TryRemove(idProperty.GetInt32(), out var waiting))
            {
                if (root.TryGetProperty("error", out var error))
                {
                    waiting.Answer.TrySetException(new InvalidOperationException($"Chromium refused {waiting.Method}: {error.GetRawText()}"));
                }
                else
                {
                    waiting.Answer.TrySetResult(root.GetProperty("result").Clone());
                }
            }

            return;
        }

        if (root.TryGetProperty("method", out var method))
        {
            var session = root.TryGetProperty("sessionId", out var sessionId) ? sessionId.GetString() : null;
            var parameters = root.TryGetProperty("params", out var given) ? given.Clone() : default;
            EventReceived?.Invoke(method.GetString()!, session, parameters);
        }
    }
}
