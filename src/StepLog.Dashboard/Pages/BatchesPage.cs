using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using StepLog.Dashboard.Html;
using StepLog.Dashboard.Http;
using StepLog.Records;

namespace StepLog.Dashboard.Pages;

/// <summary>Batches running now or recently: processed of total, rate, ETA, failed, interrupted; a running one updates live.</summary>
internal sealed class BatchesPage : IDashboardPage
{
    private const int Recent = 50;

    public async Task<PageModel?> LoadAsync(DashboardRequest request)
    {
        var page = await request.Queries.GetRunsAsync(
            new StepRunQuery { Kind = StepRunKind.Batch, Since = DashboardFilters.Time(request, "since"), Limit = Recent }, request.Aborted).ConfigureAwait(false);
        var batches = new List<BatchProgress>(page.Runs.Count);
        foreach (var run in page.Runs)
        {
            batches.Add(await BatchProgress.OfAsync(run, request.Queries, request.Now, request.Aborted).ConfigureAwait(false));
        }

        var older = page.NextCursor is null ? null : request.Link("runs", ("kind", "batch"), ("after", page.NextCursor));
        return new Model(batches, older);
    }

    private sealed class Model(List<BatchProgress> batches, string? older) : PageModel
    {
        public override string Title => "Batches";

        public override string Section => "Batches";

        public override object Json => new BatchesJson(batches, older);

        public override void Render(HtmlBuilder html, DashboardRequest request)
        {
            if (batches.Count == 0)
            {
                html.Raw("<p class=\"empty\" id=\"batches\">No batch has run.</p>\n");
                return;
            }

            var live = batches.Any(b => b.Run.Status == StepStatus.Running);
            html.Raw("<table class=\"batches\" id=\"batches\"").Raw(live ? " data-live=\"2\"" : string.Empty).Raw(">\n")
                .Raw("<thead><tr><th>Batch</th><th>Status</th><th>Started (UTC)</th><th>Progress</th><th>Failed</th><th>Rate</th><th>ETA</th><th>Duration</th></tr></thead>\n<tbody>\n");
            foreach (var batch in batches)
            {
                Row(html, request, batch);
            }

            html.Raw("</tbody></table>\n");
            if (older is not null)
            {
                html.Raw("<nav class=\"pager\">").Link(older, "Older batches →", "older").Raw("</nav>\n");
            }
        }

        private static void Row(HtmlBuilder html, DashboardRequest request, BatchProgress batch)
        {
            var run = batch.Run;
            var status = batch.Interrupted ? "interrupted" : Formats.StatusName(run.Status);
            html.Raw("<tr class=\"batch ").Raw(status).Raw("\" data-status=\"").Raw(status).Raw("\" data-operation-id=\"").Attr(run.OperationId)
                .Raw("\" data-processed=\"").Number(batch.Processed).Raw("\" data-total=\"").Number(batch.Total).Raw("\"><td>")
                .Link(request.Link("runs/" + DashboardRequest.Segment(run.OperationId)), run.Operation, "run-link").Raw("</td><td>")
                .Status(run.Status, batch.Interrupted ? "Interrupted" : null).Raw("</td><td>").Time(run.StartedAt).Raw("</td><td>")
                .Raw("<progress class=\"progress\" max=\"").Number(batch.Total).Raw("\" value=\"").Number(batch.Processed).Raw("\" data-processed=\"")
                .Number(batch.Processed).Raw("\"></progress> <span class=\"processed\">").Number(batch.Processed).Raw(" / ").Number(batch.Total)
                .Raw("</span> <span class=\"percent\">").Raw(Formats.Percent(batch.Processed, batch.Total)).Raw("</span></td><td class=\"failed-count\">")
                .Number(batch.Failed).Raw("</td><td>");
            if (batch.RatePerSecond is { } rate)
            {
                html.Number(rate, 1).Raw("/s");
            }

            html.Raw("</td><td>");
            if (batch.EtaSeconds is { } eta)
            {
                html.Duration(eta * 1000);
            }

            html.Raw("</td><td>").Duration(run.DurationMs).Raw("</td></tr>\n");
            if (run.ErrorMessage is { } error)
            {
                html.Raw("<tr class=\"batch-error\"><td></td><td colspan=\"7\" class=\"error-text\">").Text(error).Raw("</td></tr>\n");
            }
        }
    }

    /// <summary>The batches page as JSON: each batch's progress, and the link to older batches.</summary>
    internal sealed record BatchesJson(IReadOnlyList<BatchProgress> Batches, string? Older);
}
