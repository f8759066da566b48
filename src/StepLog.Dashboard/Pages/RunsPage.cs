using System.Collections.Generic;
using System.Threading.Tasks;
using StepLog.Dashboard.Html;
using StepLog.Dashboard.Http;
using StepLog.Records;

namespace StepLog.Dashboard.Pages;

/// <summary>
/// Runs, newest first, filtered by operation, status, subject, kind and time, one page at a time: the "Older" link
/// carries the store's keyset cursor, so a page deep in the history costs what the first one does.
/// </summary>
internal sealed class RunsPage : IDashboardPage
{
    public async Task<PageModel?> LoadAsync(DashboardRequest request)
    {
        var query = new StepRunQuery
        {
            Operation = request.Param("operation"),
            Status = DashboardFilters.RunStatus(request, "status"),
            SubjectId = request.Param("subject"),
            Kind = DashboardFilters.Kind(request, "kind"),
            Since = DashboardFilters.Time(request, "since"),
            Until = DashboardFilters.Time(request, "until"),
            Limit = DashboardFilters.Limit(request, "limit", request.Options.PageSize),
            After = request.Param("after"),
        };
        if (query.Since >= query.Until)
        {
            // An empty list would read as "nothing ran", when the window itself is the mistake.
            throw new BadFilterException("until", $"{query.Until:O} is not later than since ({query.Since:O}); give an until after since, or leave one out.");
        }

        var page = await request.Queries.GetRunsAsync(query, request.Aborted).ConfigureAwait(false);
        var older = page.NextCursor is { } cursor ? request.Link("runs", request.QueryWith("after", cursor)) : null;
        return new Model(query, page, older, older is null ? null : request.Link("api/runs", request.QueryWith("after", page.NextCursor)));
    }

    private sealed class Model(StepRunQuery query, StepRunPage page, string? older, string? olderJson) : PageModel
    {
        public override string Title => "Runs";

        public override string Section => "Runs";

        public override object Json => new RunsJson(page.Runs, page.NextCursor, olderJson);

        public override void Render(HtmlBuilder html, DashboardRequest request)
        {
            Filters(html, request, query);
            RunTable.Render(html, request, page.Runs, "runs", live: query.After is null && RunTable.AnyRunning(page.Runs));
            html.Raw("<nav class=\"pager\">");
            if (query.After is not null)
            {
                html.Link(request.Link("runs", request.QueryWith("after", null)), "Newest", "newest");
            }

            if (older is not null)
            {
                html.Raw(" ").Link(older, "Older →", "older");
            }
            else
            {
                html.Raw(" <span class=\"end\">No older runs.</span>");
            }

            html.Raw("</nav>\n");
        }

        // A plain GET form: the filters are the link, so a filtered list can be pasted into a ticket.
        private static void Filters(HtmlBuilder html, DashboardRequest request, StepRunQuery query)
        {
            html.Raw("<form class=\"filters\" method=\"get\" action=\"").Attr(request.Link("runs")).Raw("\">")
                .Raw("<label>Operation <input name=\"operation\" value=\"").Attr(query.Operation).Raw("\"></label>")
                .Raw("<label>Status <select name=\"status\">");
            foreach (var status in new[] { string.Empty, "running", "success", "warning", "failed" })
            {
                var selected = query.Status is { } chosen && Formats.StatusName(chosen) == status;
                html.Raw("<option value=\"").Raw(status).Raw("\"").Raw(selected ? " selected" : string.Empty).Raw(">")
                    .Raw(status.Length == 0 ? "any" : status).Raw("</option>");
            }

            html.Raw("</select></label><label>Kind <select name=\"kind\">");
            foreach (var (value, label) in new[] { (string.Empty, "any"), ("operation", "operation"), ("batch", "batch") })
            {
                var selected = (query.Kind?.ToString().ToLowerInvariant() ?? string.Empty) == value;
                html.Raw("<option value=\"").Raw(value).Raw("\"").Raw(selected ? " selected" : string.Empty).Raw(">").Raw(label).Raw("</option>");
            }

            html.Raw("</select></label>")
                .Raw("<label>Subject <input name=\"subject\" value=\"").Attr(query.SubjectId).Raw("\"></label>")
                .Raw("<label>Since <input name=\"since\" placeholder=\"6h or 2026-01-31T22:00Z\" value=\"").Attr(request.Param("since")).Raw("\"></label>")
                .Raw("<label>Until <input name=\"until\" value=\"").Attr(request.Param("until")).Raw("\"></label>")
                .Raw("<button type=\"submit\">Filter</button></form>\n");
        }
    }

    /// <summary>The runs page as JSON: the runs, and the cursor and link of the next (older) page.</summary>
    internal sealed record RunsJson(IReadOnlyList<StepRunSummary> Runs, string? NextCursor, string? Older);
}
