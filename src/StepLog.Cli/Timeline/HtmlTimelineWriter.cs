using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using StepLog.Cli.Text;

namespace StepLog.Cli.Timeline;

/// <summary>
/// Writes the timeline as one self-contained page: a Gantt chart in inline SVG, no script, no font or style sheet from
/// elsewhere, so that it opens anywhere, offline, and can be attached to a ticket. A band per input file, each to its
/// own scale, a row per lane, nested spans a row below their parent; failures in red; hovering a bar shows its line (the SVG title).
/// </summary>
internal static class HtmlTimelineWriter
{
    public const string FailedColour = "#d32f2f";

    private const int LabelWidth = 170;
    private const int ChartWidth = 1000;
    private const int RowHeight = 18;
    private const int BarHeight = 16;
    private const int HeaderHeight = 64;
    private const int BandGap = 22;

    public static void Write(TimelineLayout layout, string title, TextWriter output)
    {
        var body = new StringBuilder();
        var y = HeaderHeight;
        foreach (var file in layout.Files)
        {
            y = Band(body, file, y);
        }

        var height1 = y + 10;
        var width = LabelWidth + ChartWidth + 50; // room for the last tick's label
        output.Write($$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>{{Encode(title)}}</title>
            <style>
            body { margin: 0; background: #fff; }
            svg { font-family: sans-serif; font-size: 11px; display: block; }
            .title { font-size: 15px; font-weight: bold; }
            .file { font-weight: bold; }
            .label, .tick { fill: #555; }
            .notice { fill: #8a4b00; font-weight: bold; }
            .lane { fill: #f6f6f6; }
            .grid { stroke: #ddd; }
            .bar { stroke: #fff; stroke-width: 0.5; }
            .name { fill: #fff; pointer-events: none; }
            </style>
            </head>
            <body>

            """);
        output.Write(string.Create(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height1}\" viewBox=\"0 0 {width} {height1}\">\n"));
        output.Write(string.Create(CultureInfo.InvariantCulture, $"<text x=\"8\" y=\"20\" class=\"title\">{Encode(title)}</text>\n"));
        Legend(output);
        output.Write(Notice(layout));
        output.Write(body.ToString());
        output.Write("</svg>\n</body>\n</html>\n");
    }

    // One file's band. Its own scale, from its first span to its last: a 10 ms run read beside a 2 s one would be a
    // sliver on a shared axis. Returns where the next band starts.
    private static int Band(StringBuilder body, TimelineFile file, int y)
    {
        var spans = file.Operations.SelectMany(span => span.SelfAndDescendants()).ToList();
        var start = file.Operations.Select(span => span.Start).DefaultIfEmpty(0).Min();
        var length = Math.Max(1, file.Operations.Select(span => span.End).DefaultIfEmpty(0).Max() - start);
        var scale = ChartWidth / (double)length;
        if (Estimated(file))
        {
            body.Append(CultureInfo.InvariantCulture, $"<text x=\"8\" y=\"{y + 14}\" class=\"notice\">{Encode(file.Name)}: times estimated from durations (no timestamps in this file)</text>\n");
            y += 16;
        }

        body.Append(CultureInfo.InvariantCulture, $"<text x=\"8\" y=\"{y + 14}\" class=\"file\">{Encode(file.Name)}</text>\n");
        var top = y + BandGap;
        var lanes = Enumerable.Range(0, file.Lanes).Select(lane => spans.Where(span => span.Lane == lane).ToList()).ToList();
        var heights = lanes.Select(onLane => (onLane.Select(span => span.LaneLevel).DefaultIfEmpty(0).Max() + 1) * RowHeight + 6).ToList();
        var bottom = top + heights.Sum(height => height + 2);
        var laneTop = top;
        for (var lane = 0; lane < lanes.Count; lane++)
        {
            body.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{laneTop}\" width=\"{ChartWidth}\" height=\"{heights[lane]}\" class=\"lane\"/>\n");
            body.Append(CultureInfo.InvariantCulture, $"<text x=\"16\" y=\"{laneTop + 13}\" class=\"label\">lane {lane + 1}</text>\n");
            laneTop += heights[lane] + 2;
        }

        Axis(body, length, scale, y + 14, top, bottom);
        laneTop = top;
        for (var lane = 0; lane < lanes.Count; lane++)
        {
            foreach (var span in lanes[lane].OrderBy(span => span.LaneLevel).ThenBy(span => span.Start))
            {
                Bar(body, span, LabelWidth + (span.Start - start) * scale, laneTop + 3 + span.LaneLevel * RowHeight, Math.Max(1.5, span.Duration * scale));
            }

            laneTop += heights[lane] + 2;
        }

        return bottom + 8;
    }

    // Said on the page, not only in the tooltips: each band's own scale, and whether times are only estimated.
    private static string Notice(TimelineLayout layout)
    {
        var notice = layout.Files.Any(Estimated)
            ? "Times estimated from durations where a file has no timestamps (marked below): its operations are laid one after another. Each file is drawn to its own scale."
            : "Each file is drawn to its own scale, from its first operation to its last.";
        return $"<text x=\"8\" y=\"{HeaderHeight - 6}\" class=\"notice\">{Encode(notice)}</text>\n";
    }

    // The builder marks every span whose times it estimated from durations.
    private static bool Estimated(TimelineFile file) =>
        file.Operations.Any(span => span.Details.Any(detail => detail.Key == "times"));

    private static void Bar(StringBuilder body, TimelineSpan span, double x, double y, double width)
    {
        body.Append(CultureInfo.InvariantCulture,
            $"<g><rect x=\"{x:0.##}\" y=\"{y}\" width=\"{width:0.##}\" height=\"{BarHeight}\" fill=\"{Colour(span)}\" class=\"bar\" data-kind=\"{(span.Kind == SpanKind.Operation ? "operation" : "step")}\" data-status=\"{Encode(span.Status)}\" data-name=\"{Encode(span.Name)}\">");
        body.Append("<title>").Append(WebUtility.HtmlEncode(Tooltip(span))).Append("</title></rect>");
        var fits = (int)(width / 6.5);
        if (fits >= 4)
        {
            var name = SafeText.Clean(span.Name);
            var shown = name.Length <= fits ? name : name[..(fits - 1)] + "…";
            body.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 3:0.##}\" y=\"{y + 12}\" class=\"name\">{Encode(shown)}</text>");
        }

        body.Append("</g>\n");
    }

    // Lines of text, each part made safe on its own: the line breaks between them are the tooltip's.
    private static string Tooltip(TimelineSpan span)
    {
        var text = new StringBuilder();
        text.Append(SafeText.Clean(span.Name)).Append('\n')
            .Append(span.Status).Append(" · ").Append(Duration(span.Duration));
        foreach (var detail in span.Details.Where(detail => detail.Key is not ("status" or "file" or "line")))
        {
            text.Append('\n').Append(SafeText.Clean(detail.Key)).Append(": ").Append(SafeText.Clean(detail.Value));
        }

        text.Append('\n').Append(SafeText.Clean(span.File)).Append(':').Append(span.Line.ToString(CultureInfo.InvariantCulture));
        return text.ToString();
    }

    private static void Legend(TextWriter output)
    {
        (string Label, string Colour)[] entries =
        [
            ("operation", "#4a78c2"), ("step", "#5e9e4a"), ("failed", FailedColour), ("incomplete", "#ef9a2a"),
            ("warning", "#d8b21f"), ("skipped", "#a8a8a8"),
        ];
        var x = 8;
        foreach (var (label, colour) in entries)
        {
            output.Write(string.Create(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"30\" width=\"12\" height=\"12\" fill=\"{colour}\"/><text x=\"{x + 16}\" y=\"40\" class=\"label\">{label}</text>\n"));
            x += 24 + label.Length * 7;
        }
    }

    private static void Axis(StringBuilder body, long length, double scale, int labelY, int top, int bottom)
    {
        var step = TickStep(length);
        for (long t = 0; t <= length; t += step)
        {
            var x = LabelWidth + t * scale;
            body.Append(CultureInfo.InvariantCulture,
                $"<line x1=\"{x:0.##}\" y1=\"{top - 4}\" x2=\"{x:0.##}\" y2=\"{bottom}\" class=\"grid\"/><text x=\"{x + 2:0.##}\" y=\"{labelY}\" class=\"tick\">{Duration(t)}</text>\n");
        }
    }

    // A round step (1, 2 or 5 times a power of ten microseconds) that gives at most ten ticks.
    private static long TickStep(long end)
    {
        var step = 1L;
        while (true)
        {
            foreach (var factor in new[] { 1L, 2L, 5L })
            {
                if (end / (step * factor) <= 10)
                {
                    return step * factor;
                }
            }

            step *= 10;
        }
    }

    private static string Duration(long microseconds) => microseconds switch
    {
        < 1_000 => microseconds.ToString(CultureInfo.InvariantCulture) + " µs",
        < 1_000_000 => (microseconds / 1000.0).ToString("0.###", CultureInfo.InvariantCulture) + " ms",
        _ => (microseconds / 1_000_000.0).ToString("0.###", CultureInfo.InvariantCulture) + " s",
    };

    private static string Colour(TimelineSpan span) => span.Status switch
    {
        "failed" or "cancelled" => FailedColour,
        "incomplete" or "unfinished" or "running" => "#ef9a2a",
        "warning" => "#d8b21f",
        "skipped" => "#a8a8a8",
        _ => span.Kind == SpanKind.Operation ? "#4a78c2" : "#5e9e4a",
    };

    private static string Encode(string text) => WebUtility.HtmlEncode(SafeText.Clean(text));
}
