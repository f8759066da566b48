using System.Collections.Generic;
using StepLog.Dashboard.Html;
using StepLog.Dashboard.Http;
using StepLog.Records;

namespace StepLog.Dashboard.Pages;

/// <summary>A table of runs, as the runs list and a subject's history show them: one row per run, linked to the run.</summary>
internal static class RunTable
{
    public static void Render(HtmlBuilder html, DashboardRequest request, IReadOnlyList<StepRunSummary> runs, string id, bool live)
    {
        if (runs.Count == 0)
        {
            html.Raw("<p class=\"empty\" id=\"").Raw(id).Raw("\">No runs match.</p>\n");
            return;
        }

        html.Raw("<table class=\"runs\" id=\"").Raw(id).Raw("\"").Raw(live ? " data-live=\"5\"" : string.Empty).Raw(">\n")
            .Raw("<thead><tr><th>Started (UTC)</th><th>Operation</th><th>Subject</th><th>Status</th><th>Duration</th><th>Steps</th><th>Error</th></tr></thead>\n<tbody>\n");
        foreach (var run in runs)
        {
            Row(html, request, run);
        }

        html.Raw("</tbody></table>\n");
    }

    public static bool AnyRunning(IReadOnlyList<StepRunSummary> runs)
    {
        foreach (var run in runs)
        {
            if (run.Status == StepStatus.Running)
            {
                return true;
            }
        }

        return false;
    }

    private static void Row(HtmlBuilder html, DashboardRequest request, StepRunSummary run)
    {
        var status = Formats.StatusName(run.Status);
        html.Raw("<tr class=\"run ").Raw(status).Raw("\" data-status=\"").Raw(status).Raw("\" data-operation-id=\"").Attr(run.OperationId).Raw("\">")
            .Raw("<td>").Time(run.StartedAt).Raw("</td><td>")
            .Link(request.Link("runs/" + DashboardRequest.Segment(run.OperationId)), run.Operation, "run-link")
            .Raw(run.Kind == StepRunKind.Batch ? " <span class=\"tag\">batch</span>" : string.Empty)
            .Raw("</td><td>");
        if (run.SubjectId is { } subject)
        {
            html.Link(request.Link("subjects/" + DashboardRequest.Segment(subject)), subject, "subject-link");
        }

        html.Raw("</td><td>").Status(run.Status).Raw("</td><td>").Duration(run.DurationMs).Raw("</td><td>")
            .Number(run.TotalSteps).Raw("</td><td class=\"error-text\">").Text(run.ErrorMessage).Raw("</td></tr>\n");
    }
}
