using System.Text.Json;
using StepLog.Cli.Model;

namespace StepLog.Cli.Query;

/// <summary>One matching line as one JSON object (JSON Lines, for jq): its fields, where it was read, the line itself.</summary>
internal static class EventJson
{
    public static void Write(Utf8JsonWriter json, LogEvent line, OperationRun operation, string status)
    {
        json.WriteStartObject();
        json.WriteString("file", line.File);
        json.WriteNumber("line", line.Line);
        json.WriteString("status", status);
        json.WriteString("operation", operation.Name);
        json.WriteString("operation_id", line.OperationId ?? operation.OperationId);
        json.WriteString("step", line.Step);
        Number(json, "step_number", line.StepNumber);
        Number(json, "total_steps", line.TotalSteps);
        Number(json, "depth", line.Depth);
        if (line.DurationMs is { } duration)
        {
            json.WriteNumber("duration_ms", duration);
        }
        else
        {
            json.WriteNull("duration_ms");
        }

        json.WriteString("text", line.Text);
        json.WriteString("timestamp", line.Timestamp?.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("level", line.Level);
        json.WriteStartObject("metadata");
        foreach (var (key, value) in line.Metadata)
        {
            json.WriteString(key, value);
        }

        json.WriteEndObject();
        json.WriteString("raw", line.Raw);
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
