using System.Text.Json;
using System.Text.Json.Serialization;

namespace StepLog.Samples.Workflow;

/// <summary>Appends the session's events to a JSON-lines file beside the session log.</summary>
internal sealed class EventSink(string path) : IAsyncDisposable
{
    private readonly StreamWriter _writer = new(path, append: false);

    public string Path => path;

    public Task WriteAsync(MarketEvent marketEvent, CancellationToken cancellationToken) =>
        _writer.WriteLineAsync(JsonSerializer.Serialize(marketEvent, EventJson.Default.MarketEvent).AsMemory(), cancellationToken);

    public ValueTask DisposeAsync() => _writer.DisposeAsync();
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(MarketEvent))]
internal sealed partial class EventJson : JsonSerializerContext;
