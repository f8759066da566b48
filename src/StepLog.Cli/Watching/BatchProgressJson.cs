using System;
using System.Globalization;
using System.Text.Json;

namespace StepLog.Cli.Watching;

/// <summary>
/// Reads a progress file's JSON. Strict about what it needs (an object with a string <c>operation</c> and
/// <c>status</c>, numeric <c>processed</c> and <c>total</c>) and says which field is wrong; lenient about the rest, so
/// that a file from a newer runtime with more fields still reads.
/// </summary>
internal static class BatchProgressJson
{
    /// <summary>The progress, or null and the reason the text is not a progress file.</summary>
    public static BatchProgress? Parse(ReadOnlySpan<byte> json, out string? problem)
    {
        problem = null;
        try
        {
            using var document = JsonDocument.Parse(json.ToArray());
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problem = $"the JSON is {Describe(root.ValueKind)}, not an object";
                return null;
            }

            return new BatchProgress(
                Operation: RequiredString(root, "operation"),
                Status: RequiredString(root, "status"),
                Processed: RequiredLong(root, "processed"),
                Total: RequiredLong(root, "total"),
                Percentage: OptionalDouble(root, "percentage") ?? 0,
                RatePerSecond: OptionalDouble(root, "rate_per_second") ?? 0,
                ElapsedSeconds: OptionalDouble(root, "elapsed_seconds") ?? 0,
                EtaSeconds: OptionalDouble(root, "eta_seconds"),
                CurrentItem: OptionalString(root, "current_item"),
                Timestamp: OptionalTimestamp(root, "timestamp"),
                Succeeded: (long)(OptionalDouble(root, "succeeded") ?? 0),
                Failed: (long)(OptionalDouble(root, "failed") ?? 0),
                Resumed: (long)(OptionalDouble(root, "resumed") ?? 0),
                ProcessId: OptionalDouble(root, "pid") is { } pid ? (int)pid : null)
            {
                OperationId = OptionalString(root, "operation_id"),
            };
        }
        catch (JsonException error)
        {
            problem = "not valid JSON: " + error.Message;
            return null;
        }
        catch (FieldException error)
        {
            problem = error.Message;
            return null;
        }
    }

    private static string RequiredString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw Wrong(root, name, "a string");

    private static long RequiredLong(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) && number >= 0
            ? number
            : throw Wrong(root, name, "a whole number, 0 or more");

    private static double? OptionalDouble(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number ? value.GetDouble() : throw Wrong(root, name, "a number");
    }

    private static string? OptionalString(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw Wrong(root, name, "a string");
    }

    private static DateTimeOffset? OptionalTimestamp(JsonElement root, string name) =>
        OptionalString(root, name) is { } text &&
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            ? moment
            : null;

    private static FieldException Wrong(JsonElement root, string name, string expected) =>
        root.TryGetProperty(name, out var value)
            ? new FieldException($"\"{name}\" is {Describe(value.ValueKind)}, not {expected}")
            : new FieldException($"\"{name}\" is missing");

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "empty",
    };

    private sealed class FieldException(string message) : Exception(message);
}
