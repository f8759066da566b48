using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using StepLog.Cli.Output;

namespace StepLog.Cli.Report;

/// <summary>
/// The report as JSON, in the stable shape docs/cli.md documents: <c>operations</c>, <c>failed</c>, <c>incomplete</c>,
/// <c>slow_steps</c>, <c>skipped_lines</c>, and <c>correlation_issues</c>. Control characters in values are escaped by
/// the JSON encoding, so the document never carries a raw ANSI sequence.
/// </summary>
internal static class ReportJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(ReportResult report, Stream output)
    {
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();

        json.WriteStartObject("operations");
        json.WriteNumber("total", report.Operations.Total);
        json.WriteNumber("succeeded", report.Operations.Succeeded);
        json.WriteNumber("failed", report.Operations.Failed);
        json.WriteNumber("incomplete", report.Operations.Incomplete);
        json.WriteEndObject();

        Objects(json, "failed", report.Failed, static (json, failed) =>
        {
            json.WriteString("operation", failed.Operation);
            json.WriteString("operation_id", failed.OperationId);
            json.WriteString("step", failed.Step);
            json.WriteNumberOrNull("step_number", failed.StepNumber);
            json.WriteString("error", failed.Error);
            json.WriteString("file", failed.File);
            json.WriteNumber("line", failed.Line);
        });
        Objects(json, "incomplete", report.Incomplete, static (json, incomplete) =>
        {
            json.WriteString("operation", incomplete.Operation);
            json.WriteString("operation_id", incomplete.OperationId);
            json.WriteString("last_step", incomplete.LastStep);
            json.WriteNumberOrNull("last_step_number", incomplete.LastStepNumber);
            json.WriteString("reason", ReportText.Word(incomplete.Reason));
            if (incomplete.Processed is { } processed && incomplete.Total is { } total)
            {
                json.WriteStartObject("last_progress");
                json.WriteNumber("processed", processed);
                json.WriteNumber("total", total);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("last_progress");
            }

            json.WriteString("file", incomplete.File);
            json.WriteNumber("line", incomplete.Line);
        });
        Objects(json, "slow_steps", report.SlowSteps, static (json, slow) =>
        {
            json.WriteString("operation", slow.Operation);
            json.WriteString("step", slow.Step);
            json.WriteNumber("count", slow.Count);
            json.WriteNumber("p50_ms", slow.P50Ms);
            json.WriteNumber("p95_ms", slow.P95Ms);
            json.WriteNumber("max_ms", slow.MaxMs);
        });
        json.WriteNumber("skipped_lines", report.Statistics.SkippedLines);
        Objects(json, "correlation_issues", report.Issues, static (json, issue) =>
        {
            json.WriteString("file", issue.File);
            json.WriteNumber("line", issue.Line);
            json.WriteString("message", issue.Message);
        });
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    /// <summary>An array named <paramref name="name"/> of one object per item, whose properties <paramref name="write"/> writes.</summary>
    private static void Objects<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            write(json, item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
