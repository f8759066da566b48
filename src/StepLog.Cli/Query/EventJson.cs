using System.Text.Json;
using StepLog.Cli.Model;
using StepLog.Cli.Output;

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
        json.WriteNumberOrNull("step_number", line.StepNumber);
        json.WriteNumberOrNull("total_steps", line.TotalSteps);
        json.WriteNumberOrNull("depth", line.Depth);
        json.WriteNumberOrNull("duration_ms", line.DurationMs);

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
}
