using System;
using System.Collections.Generic;
using StepLog.Dashboard.Html;
using StepLog.Dashboard.Http;
using StepLog.Records;

namespace StepLog.Dashboard.Pages;

/// <summary>
/// Draws a run's waterfall: one table row per step (data-status, data-step), each with one bar (class "bar") placed to
/// scale on the run's time. The bars are SVG shapes whose position is an attribute, not a style, so the page needs no
/// inline style and works without script.
/// </summary>
internal static class WaterfallTable
{
    // The SVG's own coordinates: the bar's position is a share of the run's time in thousandths.
    private const double Width = 1000;

    public static void Render(HtmlBuilder html, DashboardRequest request, StepRunSummary run, IReadOnlyList<WaterfallRow> rows, DateTimeOffset end)
    {
        if (rows.Count == 0)
        {
            html.Raw("<p class=\"empty\" id=\"waterfall\">This run has no steps recorded.</p>\n");
            return;
        }

        var start = run.StartedAt;

        // The scale reaches the last step's end as well as the run's: clocks read at start and end disagree by a
        // fraction of a millisecond, and a step drawn past the end of its run would be drawn cut.
        var span = Math.Max(1.0, (end - start).TotalMilliseconds);
        foreach (var row in rows)
        {
            if (row.Start is { } rowStart)
            {
                span = Math.Max(span, (rowStart - start).TotalMilliseconds + Length(row, end));
            }
        }

        html.Raw("<table class=\"waterfall\" id=\"waterfall\">\n<thead><tr><th>Step</th><th>Status</th><th>Started at</th><th>Duration</th>")
            .Raw("<th class=\"timeline\">Timeline (0 to ").Raw(Formats.Duration(span)).Raw(")</th><th>Error</th><th>Details</th></tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            Row(html, request, row, start, span, end);
        }

        html.Raw("</tbody></table>\n");
    }

    public static void Details(HtmlBuilder html, IReadOnlyDictionary<string, object?> details)
    {
        html.Raw("<dl class=\"kv\">");
        foreach (var pair in details)
        {
            html.Raw("<dt>").Text(pair.Key).Raw("</dt><dd>").Value(pair.Value).Raw("</dd>");
        }

        html.Raw("</dl>");
    }

    private static void Row(HtmlBuilder html, DashboardRequest request, WaterfallRow row, DateTimeOffset runStart, double span, DateTimeOffset runEnd)
    {
        var status = Formats.StatusName(row.Status);
        html.Raw("<tr class=\"step ").Raw(status).Raw(row.Depth > 1 ? " nested" : string.Empty).Raw("\" data-status=\"").Raw(status)
            .Raw("\" data-step=\"").Number(row.Number).Raw("\" data-depth=\"").Number(row.Depth).Raw("\">")
            .Raw("<td class=\"name depth-").Number(row.Depth).Raw("\">");
        if (row.OperationId is { } id)
        {
            html.Raw("↳ ").Link(request.Link("runs/" + DashboardRequest.Segment(id)), row.Name, "run-link");
        }
        else
        {
            html.Raw("<span class=\"number\">").Number(row.Number).Raw(".</span> ").Text(row.Name);
        }

        html.Raw("</td><td>").Status(row.Status, row.Start is null && row.Status == StepStatus.Pending ? "Pending (never started)" : null)
            .Raw("</td><td>").Time(row.Start, milliseconds: true).Raw("</td><td>").Duration(row.DurationMs).Raw("</td><td class=\"timeline\">");
        Bar(html, row, runStart, span, runEnd);
        html.Raw("</td><td class=\"error-text\">");
        foreach (var note in row.Notes)
        {
            html.Raw("<div class=\"note\">").Text(note).Raw("</div>");
        }

        if (row.ErrorMessage is { } error && (row.Notes.Count == 0 || row.Notes[^1] != error))
        {
            html.Raw("<div class=\"step-error ").Raw(status).Raw("\">").Text(error).Raw("</div>");
        }

        html.Raw("</td><td>");
        if (row.Details.Count > 0)
        {
            Details(html, row.Details);
        }

        html.Raw("</td></tr>\n");
    }

    private static void Bar(HtmlBuilder html, WaterfallRow row, DateTimeOffset runStart, double span, DateTimeOffset runEnd)
    {
        double x = 0, width = 0;
        if (row.Start is { } start)
        {
            width = Math.Max(2, Clamp(Length(row, runEnd) / span * Width));
            x = Math.Min(Clamp((start - runStart).TotalMilliseconds / span * Width), Width - width);
        }

        html.Raw("<svg class=\"track\" viewBox=\"0 0 1000 10\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"")
            .Raw(row.Start is null ? "not started" : Formats.Duration(row.DurationMs ?? 0)).Raw("\"><rect class=\"bar ")
            .Raw(Formats.StatusName(row.Status)).Raw("\" x=\"").Number(x, 1).Raw("\" y=\"0\" width=\"").Number(width, 1)
            .Raw("\" height=\"10\"></rect></svg>");
    }

    // A step's length as its record measured it (the clocks of its start and end records are coarser); a step still
    // running reaches to the run's end (now, for a running run).
    private static double Length(WaterfallRow row, DateTimeOffset runEnd) =>
        row.DurationMs ?? ((row.End ?? runEnd) - (row.Start ?? runEnd)).TotalMilliseconds;

    private static double Clamp(double value) => double.IsNaN(value) ? 0 : Math.Clamp(value, 0, Width);
}
