using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using StepLog.Dashboard.Html;
using StepLog.Dashboard.Http;
using StepLog.Records;

namespace StepLog.Dashboard.Pages;

/// <summary>
/// One run: what it is and how it ended, then its steps as a waterfall drawn to scale (nested operations indented,
/// planned steps that never started last), each with its status, duration, details and error.
/// </summary>
internal sealed class RunPage : IDashboardPage
{
    public async Task<PageModel?> LoadAsync(DashboardRequest request)
    {
        var detail = await request.Queries.GetRunAsync(request.LastSegment("operationId"), request.Aborted).ConfigureAwait(false);
        if (detail is null)
        {
            return null;
        }

        var rows = Waterfall.Rows(detail);
        var trace = TraceLink.For(request.Options.TraceUrlTemplate, detail);
        return new Model(detail, rows, trace);
    }

    private sealed class Model(StepRunDetail detail, IReadOnlyList<WaterfallRow> rows, string? trace) : PageModel
    {
        public override string Title => "Run " + detail.Run.Operation;

        public override string Section => "Runs";

        public override object Json => new RunJson(detail.Run, rows, detail.Children.Count, trace, detail.Records);

        public override void Render(HtmlBuilder html, DashboardRequest request)
        {
            var run = detail.Run;
            var live = run.Status == StepStatus.Running;
            html.Raw("<section id=\"run\" class=\"run-detail ").Raw(Formats.StatusName(run.Status)).Raw("\" data-status=\"")
                .Raw(Formats.StatusName(run.Status)).Raw("\" data-operation-id=\"").Attr(run.OperationId).Raw("\"")
                .Raw(live ? " data-live=\"2\"" : string.Empty).Raw(">\n");
            Summary(html, request, run);
            WaterfallTable.Render(html, request, run, rows, Waterfall.EndOf(run) ?? request.Now);
            if (detail.Children.Count > Waterfall.MaxNestedRows)
            {
                html.Raw("<p class=\"note\" id=\"more-nested\">The waterfall shows the first ").Number(Waterfall.MaxNestedRows).Raw(" of ")
                    .Number(detail.Children.Count).Raw(" runs nested in this one.</p>\n");
            }

            html.Raw("</section>\n");
        }

        private void Summary(HtmlBuilder html, DashboardRequest request, StepRunSummary run)
        {
            html.Raw("<dl class=\"summary\">")
                .Raw("<dt>Status</dt><dd>").Status(run.Status).Raw("</dd>")
                .Raw("<dt>Operation</dt><dd>").Link(request.Link("runs", ("operation", run.Operation)), run.Operation, "operation-link")
                .Raw(run.Kind == StepRunKind.Batch ? " <span class=\"tag\">batch</span>" : string.Empty).Raw("</dd>")
                .Raw("<dt>Subject</dt><dd>");
            if (run.SubjectId is { } subject)
            {
                html.Link(request.Link("subjects/" + DashboardRequest.Segment(subject)), subject, "subject-link");
            }

            html.Raw("</dd><dt>Started</dt><dd>").Time(run.StartedAt).Raw("</dd>")
                .Raw("<dt>Duration</dt><dd>").Duration(run.DurationMs).Raw("</dd>")
                .Raw("<dt>Steps</dt><dd>").Number(run.TotalSteps).Raw("</dd>")
                .Raw("<dt>Operation id</dt><dd><code id=\"operation-id\">").Text(run.OperationId).Raw("</code></dd>");
            if (run.ParentOperationId is { } parent)
            {
                html.Raw("<dt>Inside</dt><dd>").Link(request.Link("runs/" + DashboardRequest.Segment(parent)), parent, "parent-link").Raw("</dd>");
            }

            if (trace is not null)
            {
                html.Raw("<dt>Trace</dt><dd>").Link(trace, "Open the trace", "trace-link").Raw("</dd>");
            }

            html.Raw("</dl>\n");
            if (run.ErrorMessage is { } error)
            {
                html.Raw("<p class=\"run-error ").Raw(Formats.StatusName(run.Status)).Raw("\" id=\"run-error\">").Status(run.Status)
                    .Raw(" ").Text(error).Raw("</p>\n");
            }

            if (run.Details.Count > 0)
            {
                html.Raw("<div class=\"details\" id=\"run-details\">");
                WaterfallTable.Details(html, run.Details);
                html.Raw("</div>\n");
            }
        }
    }

    /// <summary>The run page as JSON: the run, its waterfall rows, how many runs nested in it, its trace link, and its records.</summary>
    internal sealed record RunJson(
        StepRunSummary Run, IReadOnlyList<WaterfallRow> Steps, int NestedRuns, string? TraceUrl, IReadOnlyList<StepRecord> Records);
}
