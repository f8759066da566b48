using System;
using System.Globalization;
using System.Text.Json;
using StepLog.Shared;

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
                Operation: RequiredString(root, ProgressFileFields.Operation),
                Status: RequiredString(root, ProgressFileFields.Status),
                Processed: RequiredLong(root, ProgressFileFields.Processed),
                Total: RequiredLong(root, ProgressFileFields.Total),
                Percentage: OptionalDouble(root, ProgressFileFields.Percentage) ?? 0,
                RatePerSecond: OptionalDouble(root, ProgressFileFields.RatePerSecond) ?? 0,
                ElapsedSeconds: OptionalDouble(root, ProgressFileFields.ElapsedSeconds) ?? 0,
                EtaSeconds: OptionalDouble(root, ProgressFileFields.EtaSeconds),
                CurrentItem: OptionalString(root, ProgressFileFields.CurrentItem),
                Timestamp: OptionalTimestamp(root, ProgressFileFields.Timestamp),
                Succeeded: (long)(OptionalDouble(root, ProgressFileFields.Succeeded) ?? 0),
                Failed: (long)(OptionalDouble(root, ProgressFileFields.Failed) ?? 0),
                Resumed: (long)(OptionalDouble(root, ProgressFileFields.Resumed) ?? 0),
                ProcessId: OptionalDouble(root, ProgressFileFields.ProcessId) is { } pid ? (int)pid : null)
            {
                OperationId = OptionalString(root, ProgressFileFields.OperationId),
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
