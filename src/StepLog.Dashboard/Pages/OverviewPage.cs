using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using StepLog.Dashboard.Html;
using StepLog.Dashboard.Http;
using StepLog.Records;

namespace StepLog.Dashboard.Pages;

/// <summary>
/// The last hour, day or week at a glance: runs, failure rate, p50/p95 per operation and per step, runs and failures
/// over time, and the health as StepLog's health check reports it.
/// </summary>
internal sealed class OverviewPage : IDashboardPage
{
    // Each window with a bucket that gives the chart 60 to 100 bars.
    private static readonly (string Name, TimeSpan Length, TimeSpan Bucket)[] Windows =
    [
        ("hour", TimeSpan.FromHours(1), TimeSpan.FromMinutes(1)),
        ("day", TimeSpan.FromDays(1), TimeSpan.FromMinutes(15)),
        ("week", TimeSpan.FromDays(7), TimeSpan.FromHours(2)),
    ];

    public async Task<PageModel?> LoadAsync(DashboardRequest request)
    {
        var name = request.Param("window")?.ToLowerInvariant() ?? "hour";
        var index = Array.FindIndex(Windows, w => w.Name == name);
        if (index < 0)
        {
            throw new BadFilterException("window", $"'{DashboardFilters.Shown(name)}' is not a window; give hour, day or week.");
        }

        var window = Windows[index];

        // The window ends at the next bucket boundary, so that the buckets are whole and the latest holds the present.
        var until = Ceiling(request.Now, window.Bucket);
        var overview = await request.Queries.GetOverviewAsync(until - window.Length, until, window.Bucket, request.Aborted).ConfigureAwait(false);
        var health = await HealthProbe.CheckAsync(request).ConfigureAwait(false);
        var runs = overview.Operations.Sum(o => o.Count);
        var failed = overview.Operations.Sum(o => o.Failed);
        return new Model(window.Name, overview, health, new OverviewTotals(runs, failed, runs == 0 ? null : (double)failed / runs));
    }

    private static DateTimeOffset Ceiling(DateTimeOffset time, TimeSpan bucket)
    {
        var ticks = (time.UtcTicks + bucket.Ticks - 1) / bucket.Ticks * bucket.Ticks;
        return new DateTimeOffset(ticks, TimeSpan.Zero);
    }

    private sealed class Model(string window, StepOverview overview, HealthView health, OverviewTotals totals) : PageModel
    {
        public override string Title => "Overview";

        public override string Section => "Overview";

        public override object Json => new OverviewJson(window, totals, health, overview);

        public override void Render(HtmlBuilder html, DashboardRequest request)
        {
            html.Raw("<nav class=\"windows\">");
            foreach (var (name, _, _) in Windows)
            {
                html.Raw("<a href=\"").Attr(request.Link(string.Empty, ("window", name))).Raw("\"")
                    .Raw(name == window ? " class=\"current\" aria-current=\"true\"" : string.Empty).Raw(" data-window=\"").Raw(name).Raw("\">Last ")
                    .Raw(name).Raw("</a>");
            }

            html.Raw("</nav>\n<section id=\"overview\" data-live=\"15\">\n<div class=\"cards\">")
                .Raw("<div class=\"card\" id=\"total-runs\"><span class=\"label\">Runs</span><span class=\"value\">").Number(totals.Runs).Raw("</span></div>")
                .Raw("<div class=\"card").Raw(totals.Failed > 0 ? " failed" : string.Empty).Raw("\" id=\"failed-runs\"><span class=\"label\">Failed</span><span class=\"value\">")
                .Number(totals.Failed).Raw("</span></div>")
                .Raw("<div class=\"card\" id=\"failure-rate\"><span class=\"label\">Failure rate</span><span class=\"value\">")
                .Raw(Formats.Percent(totals.Failed, totals.Runs)).Raw("</span></div>")
                .Raw("<div class=\"card ").Raw(HealthProbe.CssClass(health.Status)).Raw("\" id=\"health\" data-health=\"").Attr(health.Status)
                .Raw("\"><span class=\"label\">Health</span><span class=\"value\">").Text(HealthProbe.Label(health)).Raw("</span><span class=\"description\">")
                .Text(health.Description).Raw("</span></div></div>\n");
            TimelineChart.Render(html, overview.Timeline, overview.Since, overview.Until);
            Stats(html, request, "Operations", "operations", overview.Operations);
            Stats(html, request, "Steps", "steps", overview.Steps);
            html.Raw("</section>\n");
        }

        private static void Stats(HtmlBuilder html, DashboardRequest request, string caption, string id, IReadOnlyList<StepStats> stats)
        {
            html.Raw("<h2>").Raw(caption).Raw("</h2>\n");
            if (stats.Count == 0)
            {
                html.Raw("<p class=\"empty\" id=\"").Raw(id).Raw("\">Nothing ended in this window.</p>\n");
                return;
            }

            html.Raw("<table class=\"stats\" id=\"").Raw(id).Raw("\">\n<thead><tr><th>Operation</th>").Raw(id == "steps" ? "<th>Step</th>" : string.Empty)
                .Raw("<th>Count</th><th>Failed</th><th>Warnings</th><th>Failure rate</th><th>p50</th><th>p95</th></tr></thead>\n<tbody>\n");
            foreach (var stat in stats)
            {
                html.Raw("<tr").Raw(stat.Failed > 0 ? " class=\"has-failures\"" : string.Empty).Raw("><td>")
                    .Link(request.Link("runs", ("operation", stat.Operation)), stat.Operation, "operation-link").Raw("</td>");
                if (id == "steps")
                {
                    html.Raw("<td>").Text(stat.StepName).Raw("</td>");
                }

                html.Raw("<td>").Number(stat.Count).Raw("</td><td class=\"failed-count\">");
                if (stat.Failed > 0 && stat.StepName is null)
                {
                    html.Link(request.Link("runs", ("operation", stat.Operation), ("status", "failed")), stat.Failed.ToString(System.Globalization.CultureInfo.InvariantCulture), "failed-link");
                }
                else
                {
                    html.Number(stat.Failed);
                }

                html.Raw("</td><td>").Number(stat.Warnings).Raw("</td><td>").Raw(Formats.Percent(stat.Failed, stat.Count)).Raw("</td><td>")
                    .Duration(stat.P50Ms).Raw("</td><td>").Duration(stat.P95Ms).Raw("</td></tr>\n");
            }

            html.Raw("</tbody></table>\n");
        }
    }

    /// <summary>The window's totals: runs that ended, those that failed, and their share.</summary>
    internal sealed record OverviewTotals(long Runs, long Failed, double? FailureRate);

    /// <summary>The overview as JSON: the window's name, its totals, the health, and the store's overview.</summary>
    internal sealed record OverviewJson(string Window, OverviewTotals Totals, HealthView Health, StepOverview Overview);
}
