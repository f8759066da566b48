using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using StepLog.Dashboard.Html;
using StepLog.Dashboard.Http;
using StepLog.Records;

namespace StepLog.Dashboard.Pages;

/// <summary>Recent errors (and warnings, when asked), grouped by operation, step and message, with counts and the latest run.</summary>
internal sealed class ErrorsPage : IDashboardPage
{
    private const int MaxGroups = 200;

    public async Task<PageModel?> LoadAsync(DashboardRequest request)
    {
        var since = DashboardFilters.Time(request, "since") ?? request.Now.AddDays(-1);
        var warnings = DashboardFilters.Flag(request, "warnings");
        var groups = await request.Queries.GetErrorGroupsAsync(since, warnings, MaxGroups, request.Aborted).ConfigureAwait(false);
        return new Model(since, warnings, groups);
    }

    private sealed class Model(DateTimeOffset since, bool warnings, IReadOnlyList<StepErrorGroup> groups) : PageModel
    {
        public override string Title => warnings ? "Errors and warnings" : "Errors";

        public override string Section => "Errors";

        public override object Json => new ErrorsJson(since, warnings, groups, groups.Count == MaxGroups);

        public override void Render(HtmlBuilder html, DashboardRequest request)
        {
            html.Raw("<p class=\"window\">Since ").Time(since).Raw(" · ");
            foreach (var (label, value) in new[] { ("1 hour", "1h"), ("1 day", "1d"), ("1 week", "7d") })
            {
                html.Link(request.Link("errors", request.QueryWith("since", value)), label, "window-link").Raw(" ");
            }

            html.Raw("· ").Link(request.Link("errors", request.QueryWith("warnings", warnings ? null : "true")), warnings ? "Hide warnings" : "Show warnings", "toggle-warnings")
                .Raw("</p>\n");
            if (groups.Count == 0)
            {
                html.Raw("<p class=\"empty\" id=\"errors\">No errors").Raw(warnings ? " or warnings" : string.Empty).Raw(" since then.</p>\n");
                return;
            }

            html.Raw("<table class=\"errors\" id=\"errors\">\n<thead><tr><th>Operation</th><th>Step</th><th>Status</th><th>Message</th><th>Count</th><th>Latest (UTC)</th><th>Latest run</th></tr></thead>\n<tbody>\n");
            foreach (var group in groups)
            {
                var status = Formats.StatusName(group.Status);
                html.Raw("<tr class=\"error-group ").Raw(status).Raw("\" data-status=\"").Raw(status).Raw("\" data-count=\"").Number(group.Count).Raw("\"><td>");
                if (group.Operation is { } operation)
                {
                    html.Link(request.Link("runs", ("operation", operation)), operation, "operation-link");
                }

                html.Raw("</td><td>").Text(group.StepName).Raw("</td><td>").Status(group.Status).Raw("</td><td class=\"error-text\">")
                    .Text(group.ErrorMessage).Raw("</td><td class=\"count\">").Number(group.Count).Raw("</td><td>").Time(group.LastSeen).Raw("</td><td>");
                if (group.LastOperationId is { } run)
                {
                    html.Link(request.Link("runs/" + DashboardRequest.Segment(run)), "run", "run-link").Raw(" · ");
                }

                html.Link(request.Link("subjects/" + DashboardRequest.Segment(group.LastSubjectId)), group.LastSubjectId, "subject-link").Raw("</td></tr>\n");
            }

            html.Raw("</tbody></table>\n");
            if (groups.Count == MaxGroups)
            {
                html.Raw("<p class=\"note\" id=\"cut\">Only the ").Number(MaxGroups).Raw(" most recent groups are shown: narrow the window to see older ones.</p>\n");
            }
        }
    }

    /// <summary>The errors page as JSON: the window, the groups, and whether more groups were left out.</summary>
    internal sealed record ErrorsJson(DateTimeOffset Since, bool Warnings, IReadOnlyList<StepErrorGroup> Groups, bool MoreGroupsLeftOut);
}
