using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;

namespace StepLog.Records;

/// <summary>
/// Details as the database stores keep them: one flat JSON object, values normalized by
/// <see cref="StepDetailValue.Normalize"/> (strings, whole numbers, other numbers, booleans, null), in the caller's order.
/// </summary>
internal static class DetailsJson
{
    private static readonly IReadOnlyDictionary<string, object?> NoDetails = new Dictionary<string, object?>(0);

    [ThreadStatic]
    private static MemoryStream? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>The JSON text, or null when there are no details (which is how the column says "none").</summary>
    public static string? Write(IReadOnlyDictionary<string, object?> details)
    {
        if (details.Count == 0)
        {
            return null;
        }

        // One buffer and writer per thread, reused: a store's writer thread serializes every record it writes.
        var buffer = t_buffer ??= new MemoryStream(256);
        buffer.SetLength(0);
        var writer = t_writer ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        writer.WriteStartObject();
        foreach (var pair in details)
        {
            writer.WritePropertyName(pair.Key);
            switch (StepDetailValue.Normalize(pair.Value))
            {
                case null:
                    writer.WriteNullValue();
                    break;
                case string text:
                    writer.WriteStringValue(text);
                    break;
                case bool flag:
                    writer.WriteBooleanValue(flag);
                    break;
                case long whole:
                    writer.WriteNumberValue(whole);
                    break;
                case double number:
                    writer.WriteRawValue(DoubleText(number));
                    break;
                case var other:
                    throw new InvalidOperationException($"StepDetailValue.Normalize returned a {other.GetType()}, which no store keeps.");
            }
        }

        writer.WriteEndObject();
        writer.Flush();

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The details that <see cref="Write"/> wrote; empty for null.</summary>
    public static IReadOnlyDictionary<string, object?> Read(string? json)
    {
        if (json is null || json.Length == 0)
        {
            return NoDetails;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var details = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                details[property.Name] = ReadValue(property.Value);
            }

            return details;
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException)
        {
            throw new InvalidDataException($"A step record's details are not a JSON object: {error.Message} Details text: {json}", error);
        }
    }

    // "R" writes 2.0 as "2", which would read back as a whole number: a fraction or exponent keeps it a double.
    private static string DoubleText(double number)
    {
        var text = number.ToString("R", CultureInfo.InvariantCulture);
        return text.IndexOfAny(FractionOrExponent) >= 0 ? text : text + ".0";
    }

    private static readonly char[] FractionOrExponent = ['.', 'E', 'e'];

    private static object? ReadValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => value.TryGetInt64(out var whole) ? (object)whole : value.GetDouble(),

        // Written by hand into the database: kept as its JSON text rather than lost.
        _ => value.GetRawText(),
    };
}
