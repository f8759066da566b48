using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using StepLog.Cli.Text;
using StepLog.Records;

namespace StepLog.Cli.Records;

/// <summary>A step record's fields as text, the same in plain lines and in table cells; all of it made safe to print.</summary>
internal static class RecordText
{
    public static string Time(StepRecord record) =>
        record.Timestamp.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string Status(StepRecord record) => record.Status.ToString().ToLowerInvariant();

    /// <summary><c>Import Orders [2/3] Validate</c>: the operation, the step's place in it, the step.</summary>
    public static string Step(StepRecord record)
    {
        // The operation's own record (step 0, named after the operation) is shown once, by its name.
        if (record.StepNumber == 0 && string.Equals(record.StepName, record.Operation, StringComparison.Ordinal))
        {
            return SafeText.Clean(record.Operation);
        }

        var place = record.StepNumber > 0
            ? record.TotalSteps > 0 ? $"[{record.StepNumber}/{record.TotalSteps}] " : $"[{record.StepNumber}] "
            : "";
        var operation = string.IsNullOrEmpty(record.Operation) ? "" : SafeText.Clean(record.Operation) + " ";
        return operation + place + SafeText.Clean(record.StepName);
    }

    public static string Duration(StepRecord record) =>
        record.DurationMs is { } milliseconds ? milliseconds.ToString("0.0", CultureInfo.InvariantCulture) + "ms" : "";

    /// <summary><c>rows=5, source=api</c></summary>
    public static string Details(StepRecord record) =>
        string.Join(", ", record.Details.Select(pair => SafeText.Clean(pair.Key) + "=" + SafeText.Clean(Value(pair.Value))));

    /// <summary>One plain line: time, subject, step, status, duration, error, details; empty parts left out.</summary>
    public static string Line(StepRecord record, bool withSubject)
    {
        var parts = new List<string> { Time(record) };
        if (withSubject)
        {
            parts.Add(SafeText.Clean(record.SubjectId));
        }

        parts.Add(Step(record));
        parts.Add(Status(record));
        parts.Add(Duration(record));
        if (!string.IsNullOrEmpty(record.ErrorMessage))
        {
            parts.Add("error: " + SafeText.Clean(record.ErrorMessage));
        }

        if (record.Details.Count > 0)
        {
            parts.Add("(" + Details(record) + ")");
        }

        return string.Join("  ", parts.Where(part => part.Length > 0));
    }

    private static string Value(object? value) => value switch
    {
        null => "null",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
