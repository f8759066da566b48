using System;
using System.Collections.Generic;
using System.Linq;
using StepLog.Dashboard.Html;
using StepLog.Records;

namespace StepLog.Dashboard.Pages;

/// <summary>
/// Runs and failures over time as an SVG drawn on the server: one bar of runs per bucket with its failed part on top
/// in the failure colour. Attributes place the shapes (no inline style); each bar's title says its numbers.
/// </summary>
internal static class TimelineChart
{
    private const double Width = 1000;
    private const double Height = 120;

    public static void Render(HtmlBuilder html, IReadOnlyList<StepTimeBucket> buckets, DateTimeOffset since, DateTimeOffset until)
    {
        html.Raw("<figure class=\"chart\" id=\"chart\"><figcaption>Runs (and failed) from ").Time(since).Raw(" to ").Time(until).Raw("</figcaption>\n");
        if (buckets.Count == 0)
        {
            html.Raw("<p class=\"empty\">No runs.</p></figure>\n");
            return;
        }

        var most = Math.Max(1, buckets.Max(b => b.Runs));
        var slot = Width / buckets.Count;
        html.Raw("<svg viewBox=\"0 0 1000 120\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"Runs per bucket, most ").Number(most).Raw("\">");
        for (var i = 0; i < buckets.Count; i++)
        {
            var bucket = buckets[i];
            if (bucket.Runs == 0)
            {
                continue;
            }

            var x = i * slot;
            var runsHeight = Height * bucket.Runs / most;
            var failedHeight = Height * bucket.Failed / most;
            html.Raw("<g class=\"bucket\" data-runs=\"").Number(bucket.Runs).Raw("\" data-failed=\"").Number(bucket.Failed).Raw("\"><title>")
                .Raw(bucket.Start.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", System.Globalization.CultureInfo.InvariantCulture)).Raw(": ")
                .Number(bucket.Runs).Raw(" runs, ").Number(bucket.Failed).Raw(" failed</title>")
                .Raw("<rect class=\"runs-bar\" x=\"").Number(x + (slot * 0.1), 2).Raw("\" y=\"").Number(Height - runsHeight, 2)
                .Raw("\" width=\"").Number(slot * 0.8, 2).Raw("\" height=\"").Number(runsHeight, 2).Raw("\"></rect>");
            if (bucket.Failed > 0)
            {
                html.Raw("<rect class=\"failed-bar\" x=\"").Number(x + (slot * 0.1), 2).Raw("\" y=\"").Number(Height - failedHeight, 2)
                    .Raw("\" width=\"").Number(slot * 0.8, 2).Raw("\" height=\"").Number(failedHeight, 2).Raw("\"></rect>");
            }

            html.Raw("</g>");
        }

        html.Raw("</svg></figure>\n");
    }
}
