using System;
using StepLog.Records;

namespace StepLog.Dashboard.Pages;

/// <summary>The link from a run to its trace, from the configured template.</summary>
internal static class TraceLink
{
    /// <summary>
    /// The template with the run's ids filled in; null without a template, or when the template asks for a trace id that
    /// the run's records do not carry (a traced run's operation id is its span id, not its trace id).
    /// </summary>
    public static string? For(string? template, StepRunDetail detail)
    {
        if (template is null)
        {
            return null;
        }

        var id = Uri.EscapeDataString(detail.Run.OperationId);
        var link = template.Replace("{operation_id}", id, StringComparison.Ordinal).Replace("{span_id}", id, StringComparison.Ordinal);
        if (link.Contains("{trace_id}", StringComparison.Ordinal))
        {
            if (TraceId(detail) is not { } traceId)
            {
                return null;
            }

            link = link.Replace("{trace_id}", Uri.EscapeDataString(traceId), StringComparison.Ordinal);
        }

        return link;
    }

    private static string? TraceId(StepRunDetail detail)
    {
        if (detail.Run.Details.TryGetValue("trace_id", out var fromRun) && fromRun is string runTrace && runTrace.Length > 0)
        {
            return runTrace;
        }

        foreach (var record in detail.Records)
        {
            if (record.Details.TryGetValue("trace_id", out var value) && value is string trace && trace.Length > 0)
            {
                return trace;
            }
        }

        return null;
    }
}
