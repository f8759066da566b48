using System.Globalization;
using System.Text;

namespace StepLog;

/// <summary>
/// The progress file's JSON, written by hand: the object is flat and its fields fixed, and the runtime does not take
/// System.Text.Json as a dependency on netstandard2.0 for fifteen fields.
/// </summary>
internal static class ProgressJson
{
    public static string Write(ProgressSnapshot progress)
    {
        var json = new StringBuilder(320);
        json.Append("{\n");
        String(json, "operation", progress.Operation);
        String(json, "operation_id", progress.OperationId);
        String(json, "status", progress.Status);
        Raw(json, "processed", progress.Processed.ToString(CultureInfo.InvariantCulture));
        Raw(json, "total", progress.Total.ToString(CultureInfo.InvariantCulture));
        Raw(json, "percentage", Decimal(progress.Percentage));
        Raw(json, "rate_per_second", Decimal(progress.RatePerSecond));
        Raw(json, "elapsed_seconds", Decimal(progress.ElapsedSeconds));
        Raw(json, "eta_seconds", progress.EtaSeconds is { } eta ? Decimal(eta) : "null");
        String(json, "current_item", progress.CurrentItem);
        String(json, "timestamp", progress.Timestamp.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        Raw(json, "succeeded", progress.Succeeded.ToString(CultureInfo.InvariantCulture));
        Raw(json, "failed", progress.Failed.ToString(CultureInfo.InvariantCulture));
        Raw(json, "resumed", progress.Resumed.ToString(CultureInfo.InvariantCulture));
        Raw(json, "pid", progress.ProcessId.ToString(CultureInfo.InvariantCulture), last: true);
        json.Append("}\n");
        return json.ToString();
    }

    // One decimal like the lines; JSON has no NaN or infinity, so those are written as 0.
    private static string Decimal(double value) =>
        double.IsNaN(value) || double.IsInfinity(value) ? "0.0" : value.ToString("0.0", CultureInfo.InvariantCulture);

    private static void Raw(StringBuilder json, string key, string value, bool last = false)
    {
        json.Append("  \"").Append(key).Append("\": ").Append(value).Append(last ? "\n" : ",\n");
    }

    private static void String(StringBuilder json, string key, string? value)
    {
        json.Append("  \"").Append(key).Append("\": ");
        if (value is null)
        {
            json.Append("null,\n");
            return;
        }

        json.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    json.Append("\\\"");
                    break;
                case '\\':
                    json.Append("\\\\");
                    break;
                case '\n':
                    json.Append("\\n");
                    break;
                case '\r':
                    json.Append("\\r");
                    break;
                case '\t':
                    json.Append("\\t");
                    break;
                default:
                    if (c < ' ')
                    {
                        json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        json.Append(c);
                    }

                    break;
            }
        }

        json.Append("\",\n");
    }
}
