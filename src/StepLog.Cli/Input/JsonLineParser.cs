using System;
using System.Text.Json;
using StepLog.Cli.Model;

namespace StepLog.Cli.Input;

/// <summary>
/// Reads a JSON line: Microsoft.Extensions.Logging's JSON console formatter (<c>EventId</c>, <c>LogLevel</c>,
/// <c>State</c>) or Serilog's compact JSON (<c>@t</c>, <c>@mt</c>, <c>@l</c>, properties at the top level). The kind
/// of line is StepLog's event id where the entry has one, else the symbol that leads its message.
/// </summary>
internal static class JsonLineParser
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 32 };

    /// <summary>The outcome: a StepLog event, another entry (not StepLog's), or a line that is not valid (bad JSON, wrong types).</summary>
    public static JsonLineResult TryParse(string line, LineFields fields, out LogFormat format, out string? problem)
    {
        format = LogFormat.JsonConsole;
        problem = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, Options);
        }
        catch (JsonException error)
        {
            problem = "not valid JSON: " + error.Message;
            return JsonLineResult.Invalid;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return JsonLineResult.Other;
            }

            if (root.TryGetProperty("@t", out _) || root.TryGetProperty("@mt", out _) || root.TryGetProperty("@m", out _))
            {
                format = LogFormat.CompactJson;
                return Clef(root, fields, out problem);
            }

            return JsonConsole(root, fields, out problem);
        }
    }

    private static JsonLineResult JsonConsole(JsonElement root, LineFields fields, out string? problem)
    {
        problem = null;
        var message = root.TryGetProperty("Message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
        var kind = root.TryGetProperty("EventId", out var id) && id.ValueKind == JsonValueKind.Number && id.TryGetInt64(out var number)
            ? LogEventKinds.FromEventId(number)
            : null;
        kind ??= KindOfMessage(message);
        if (kind is null || !root.TryGetProperty("State", out var state) || state.ValueKind != JsonValueKind.Object)
        {
            return FromMessage(message, fields);
        }

        if (!JsonFields.TryRead(state, kind.Value, fields, static name => name is "Message" or "{OriginalFormat}", out var bad))
        {
            // Without StepLog's fields the event id is another library's: the message may still be a StepLog line.
            return bad is null ? FromMessage(message, fields) : Problem(bad, out problem);
        }

        fields.Level = root.TryGetProperty("LogLevel", out var level) && level.ValueKind == JsonValueKind.String ? level.GetString() : null;
        fields.Timestamp = Timestamp(root, "Timestamp");
        return JsonLineResult.StepLog;
    }

    private static JsonLineResult Clef(JsonElement root, LineFields fields, out string? problem)
    {
        problem = null;
        var template = root.TryGetProperty("@mt", out var mt) && mt.ValueKind == JsonValueKind.String ? mt.GetString()
            : root.TryGetProperty("@m", out var rendered) && rendered.ValueKind == JsonValueKind.String ? rendered.GetString() : null;
        LogEventKind? kind = null;
        if (root.TryGetProperty("EventId", out var eventId) && eventId.ValueKind == JsonValueKind.Object
            && eventId.TryGetProperty("Id", out var id) && id.ValueKind == JsonValueKind.Number && id.TryGetInt64(out var number))
        {
            kind = LogEventKinds.FromEventId(number);
        }

        kind ??= KindOfMessage(template);
        if (kind is null)
        {
            return JsonLineResult.Other;
        }

        if (!JsonFields.TryRead(root, kind.Value, fields, static name => name.StartsWith('@') || name is "EventId" or "SourceContext", out var bad))
        {
            return bad is null ? JsonLineResult.Other : Problem(bad, out problem);
        }

        fields.Level = root.TryGetProperty("@l", out var level) && level.ValueKind == JsonValueKind.String ? level.GetString() : "Information";
        fields.Timestamp = Timestamp(root, "@t");
        return JsonLineResult.StepLog;
    }

    // An entry without StepLog's fields whose message is a StepLog line (another formatter's state, a sink that keeps only the text).
    private static JsonLineResult FromMessage(string? message, LineFields fields)
    {
        if (message is not null && TextLineParser.TryParseMessage(message, fields))
        {
            return JsonLineResult.StepLog;
        }

        return JsonLineResult.Other;
    }

    private static JsonLineResult Problem(string? field, out string? problem)
    {
        problem = $"StepLog field '{field}' has the wrong type";
        return JsonLineResult.Invalid;
    }

    private static LogEventKind? KindOfMessage(string? message) => TextLineParser.KindOfSymbol(message);

    private static DateTimeOffset? Timestamp(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && TimestampText.TryParse(value.GetString(), out var timestamp)
            ? timestamp
            : null;
}

/// <summary>What a JSON line turned out to be.</summary>
internal enum JsonLineResult
{
    StepLog,
    Other,
    Invalid,
}
