using System.Globalization;
using System.Text;
using StepLog.Shared;

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
        String(json, ProgressFileFields.Operation, progress.Operation);
        String(json, ProgressFileFields.OperationId, progress.OperationId);
        String(json, ProgressFileFields.Status, progress.Status);
        Raw(json, ProgressFileFields.Processed, progress.Processed.ToString(CultureInfo.InvariantCulture));
        Raw(json, ProgressFileFields.Total, progress.Total.ToString(CultureInfo.InvariantCulture));
        Raw(json, ProgressFileFields.Percentage, Decimal(progress.Percentage));
        Raw(json, ProgressFileFields.RatePerSecond, Decimal(progress.RatePerSecond));
        Raw(json, ProgressFileFields.ElapsedSeconds, Decimal(progress.ElapsedSeconds));
        Raw(json, ProgressFileFields.EtaSeconds, progress.EtaSeconds is { } eta ? Decimal(eta) : "null");
        String(json, ProgressFileFields.CurrentItem, progress.CurrentItem);
        String(json, ProgressFileFields.Timestamp, progress.Timestamp.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        Raw(json, ProgressFileFields.Succeeded, progress.Succeeded.ToString(CultureInfo.InvariantCulture));
        Raw(json, ProgressFileFields.Failed, progress.Failed.ToString(CultureInfo.InvariantCulture));
        Raw(json, ProgressFileFields.Resumed, progress.Resumed.ToString(CultureInfo.InvariantCulture));
        Raw(json, ProgressFileFields.ProcessId, progress.ProcessId.ToString(CultureInfo.InvariantCulture), last: true);
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
