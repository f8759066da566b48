using System;
using System.Globalization;
using System.Text.Json;
using StepLog.Cli.Model;
using StepLog.Shared;

namespace StepLog.Cli.Input;

/// <summary>
/// Reads StepLog's structured fields from a JSON object (the JSON console formatter's <c>State</c>, or a CLEF event's
/// top level). A field of the wrong type makes the line invalid rather than half-read: <see cref="TryRead"/> says which.
/// </summary>
internal static class JsonFields
{
    /// <summary>Reads the fields; false, with the offending field's name, when one has the wrong type.</summary>
    public static bool TryRead(JsonElement state, LogEventKind kind, LineFields fields, Func<string, bool> ignore, out string? badField)
    {
        badField = null;
        fields.Clear();
        fields.Kind = kind;
        foreach (var property in state.EnumerateObject())
        {
            var name = property.Name;
            var value = property.Value;
            if (ignore(name))
            {
                continue;
            }

            var ok = name switch
            {
                LineFieldNames.Operation => Text(value, v => fields.Operation = v),
                LineFieldNames.OperationId => Text(value, v => fields.OperationId = v),
                LineFieldNames.Step => Text(value, v => fields.Step = v),

                // A batch's item line names its item "item" (with its step_number and total_steps); on a step's own line
                // "item" is the user's value, after "step".
                LineFieldNames.Item when !kind.NamesOperation() && fields.Step is null => Text(value, v => fields.Step = v),
                LineFieldNames.StepNumber or LineFieldNames.LastStep => Integer(value, v => fields.StepNumber = v),
                LineFieldNames.TotalSteps => Integer(value, v => fields.TotalSteps = v == 0 ? null : v),
                LineFieldNames.Depth => Integer(value, v => fields.Depth = v),
                LineFieldNames.DurationMs or LineFieldNames.TotalDurationMs => Number(value, v => fields.DurationMs = v),
                LineFieldNames.Attempt when kind == LogEventKind.StepRetry => Integer(value, v => fields.Attempt = v),
                LineFieldNames.Error when kind is LogEventKind.StepFailed or LogEventKind.StepRetry => Text(value, v => fields.Text = v),
                LineFieldNames.Reason when kind == LogEventKind.StepSkipped => Text(value, v => fields.Text = v),
                LineFieldNames.Message when kind == LogEventKind.StepWarning => Text(value, v => fields.Text = v),
                LineFieldNames.Status when !kind.NamesOperation() || kind == LogEventKind.OperationIncomplete => true,
                _ => Metadata(name, value, fields),
            };
            if (!ok)
            {
                badField = name;
                return false;
            }
        }

        // A batch's own WARNING is a StepWarning entry without a step.
        if (kind == LogEventKind.StepWarning && fields.Step is null && fields.StepNumber is null)
        {
            fields.Kind = LogEventKind.OperationWarning;
        }

        return fields.Operation is not null && (fields.Kind.NamesOperation() || (fields.Step is not null && fields.StepNumber is not null));
    }

    /// <summary>A JSON value as the text form of a line would show it.</summary>
    public static string AsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null or JsonValueKind.Undefined => "null",
        _ => value.GetRawText(),
    };

    private static bool Metadata(string name, JsonElement value, LineFields fields)
    {
        fields.Metadata.Add(new(name, AsText(value)));
        return true;
    }

    private static bool Text(JsonElement value, Action<string?> assign)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                assign(value.GetString());
                return true;
            case JsonValueKind.Null:
                assign(null);
                return true;
            default:
                return false;
        }
    }

    private static bool Integer(JsonElement value, Action<int?> assign) => Assign(value, assign, value.ValueKind switch
    {
        JsonValueKind.Number => value.TryGetInt32(out var number) ? number : null,

        // Some sinks write every property as a string.
        JsonValueKind.String => int.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null,
        _ => (int?)null,
    });

    private static bool Number(JsonElement value, Action<double?> assign) => Assign(value, assign, value.ValueKind switch
    {
        JsonValueKind.Number => value.TryGetDouble(out var number) ? number : null,
        JsonValueKind.String => double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null,
        _ => (double?)null,
    });

    /// <summary>Assigns a value read as a number (or JSON null); false, assigning nothing, when it is neither.</summary>
    private static bool Assign<T>(JsonElement value, Action<T?> assign, T? parsed)
        where T : struct
    {
        if (parsed is null && value.ValueKind != JsonValueKind.Null)
        {
            return false;
        }

        assign(parsed);
        return true;
    }
}
