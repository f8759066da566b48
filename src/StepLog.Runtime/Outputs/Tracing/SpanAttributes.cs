using System;
using System.Diagnostics;
using System.Text;
using StepLog.Shared;

namespace StepLog;

/// <summary>
/// The values of a line as span attributes, named after OpenTelemetry's rules: a <c>steplog.</c> namespace, lowercase
/// snake_case (<c>Raw Models</c> → <c>steplog.raw_models</c>). Numbers and booleans keep their type; everything else is
/// the text the line shows, with the same escaping and the same size limit. A value whose key would take one of StepLog's
/// own attributes is kept as <c>{key}_value</c>, so that neither is lost.
/// </summary>
internal static class SpanAttributes
{
    public const string Prefix = "steplog.";
    public const string Operation = Prefix + LineFieldNames.Operation;
    public const string StepNumber = Prefix + LineFieldNames.StepNumber;
    public const string TotalSteps = Prefix + LineFieldNames.TotalSteps;
    public const string Status = Prefix + LineFieldNames.Status;
    public const string Duration = Prefix + LineFieldNames.DurationMs;
    public const string TotalDuration = Prefix + LineFieldNames.TotalDurationMs;
    public const string Reason = Prefix + LineFieldNames.Reason;
    public const string LastStep = Prefix + LineFieldNames.LastStep;

    /// <summary>OpenTelemetry's attribute for the class of an error (semantic conventions, "Recording errors").</summary>
    public const string ErrorType = "error.type";

    // The line contract's names that a span's own attributes use or may use (the line's fields under the prefix): a
    // value under one of them is renamed, as on the line.
    private static readonly string[] Reserved =
    [
        LineFieldNames.Operation, LineFieldNames.Step, LineFieldNames.StepNumber, LineFieldNames.TotalSteps, LineFieldNames.Depth,
        LineFieldNames.Status, LineFieldNames.DurationMs, LineFieldNames.TotalDurationMs, LineFieldNames.Error,
        LineFieldNames.Reason, LineFieldNames.LastStep,
    ];

    public static void Add<TMetadata>(Activity activity, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        for (var i = 0; i < metadata.Count; i++)
        {
            activity.SetTag(Name(metadata.GetKey(i)), Value(metadata.GetValue(i)));
        }
    }

    /// <summary>The attribute name of a metadata key.</summary>
    public static string Name(string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return Prefix + "value";
        }

        var builder = new StringBuilder(Prefix.Length + key!.Length + 6).Append(Prefix);
        foreach (var c in key)
        {
            builder.Append(c switch
            {
                >= 'a' and <= 'z' or >= '0' and <= '9' or '_' or '.' => c,
                >= 'A' and <= 'Z' => (char)(c + ('a' - 'A')),
                _ => '_',
            });
        }

        var name = builder.ToString();
        return Array.IndexOf(Reserved, name.Substring(Prefix.Length)) >= 0 ? name + "_value" : name;
    }

    /// <summary>A value as an attribute: typed where OpenTelemetry has the type, else the line's text for it.</summary>
    public static object Value(object? value)
    {
        var structured = ValueText.StructuredValue(value);
        switch (structured)
        {
            case bool or int or long or double:
                return structured;
            case float single:
                return (double)single;
            case byte or sbyte or short or ushort or uint:
                return Convert.ToInt64(structured, System.Globalization.CultureInfo.InvariantCulture);
            case string when value is string text:
                return Text(text);
        }

        var builder = new StringBuilder();
        ValueText.AppendValue(builder, value);
        return builder.ToString();
    }

    /// <summary>Text as a line shows it: escaped and cut at the same length; the same string when nothing changes.</summary>
    public static string Text(string? text)
    {
        if (text is null)
        {
            return "null";
        }

        var builder = new StringBuilder(Math.Min(text.Length, ValueText.MaxLength) + 8);
        ValueText.AppendEscaped(builder, text);
        // Escapes only lengthen a text, so a text within the limit that kept its length is unchanged.
        return text.Length <= ValueText.MaxLength && builder.Length == text.Length ? text : builder.ToString();
    }
}
