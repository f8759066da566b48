using System.Globalization;
using System.Text.RegularExpressions;
using StepLog.Cli.Tests.Support;

namespace StepLog.Cli.Tests.Timeline;

/// <summary>The HTML timeline's scales: a short run next to a long one is drawn to be read, and estimated times are said.</summary>
public partial class HtmlTimelineScaleTests
{
    [Fact]
    public async Task Each_file_has_its_own_scale_so_a_10_ms_run_beside_a_2_s_run_fills_its_band()
    {
        using var folder = new TempFolder();
        var slow = folder.File("slow.log");
        var quick = folder.File("quick.log");
        File.WriteAllText(slow, """
            2026-11-30 08:00:00.000 [INFO] 🚀 START: Nightly Import
            2026-11-30 08:00:02.000 [INFO] 🏁 COMPLETE: Nightly Import (total_duration_ms=2000.0)

            """);
        File.WriteAllText(quick, """
            2026-11-30 08:00:00.500 [INFO] 🚀 START: Health Check
            2026-11-30 08:00:00.510 [INFO] 🏁 COMPLETE: Health Check (total_duration_ms=10.0)

            """);
        var page = folder.File("timeline.html");

        var result = await CliRun.RunAsync("timeline", slow, quick, "--html", page);

        Assert.True(result.ExitCode == 0, result.ToString());
        var html = File.ReadAllText(page);
        var bars = Bar().Matches(html).ToDictionary(m => m.Groups["name"].Value, m => double.Parse(m.Groups["width"].Value, CultureInfo.InvariantCulture));
        Assert.True(bars["Health Check"] > 500, $"the 10 ms run is {bars["Health Check"]} px wide");
        Assert.True(bars["Nightly Import"] > 500, $"the 2 s run is {bars["Nightly Import"]} px wide");
        // Each band is named and has its own ticks, as text on the page.
        Assert.Contains("quick.log</text>", html, StringComparison.Ordinal);
        Assert.Matches(@"<text[^>]*class=""tick""[^>]*>10 ms</text>", html);
        Assert.Matches(@"<text[^>]*class=""tick""[^>]*>2 s</text>", html);
    }

    [Fact]
    public async Task A_page_whose_times_are_estimated_says_so_in_visible_text_not_only_in_tooltips()
    {
        using var folder = new TempFolder();
        var log = folder.File("untimed.log");
        File.WriteAllText(log, """
            [INFO] 🚀 START: Sync
            [INFO] ▶️  [1/1] Fetch
            [INFO] ✅ [1/1] Fetch - SUCCESS (duration_ms=5.0)
            [INFO] 🏁 COMPLETE: Sync (total_duration_ms=6.0)

            """);
        var page = folder.File("timeline.html");

        var result = await CliRun.RunAsync("timeline", log, "--html", page);

        Assert.True(result.ExitCode == 0, result.ToString());
        var visible = Regex.Replace(File.ReadAllText(page), "<title>.*?</title>", "", RegexOptions.Singleline);
        Assert.Matches(@"<text[^>]*class=""notice""[^>]*>Times estimated from durations", visible);
        Assert.Matches(@"<text[^>]*class=""notice""[^>]*>[^<]*untimed\.log: times estimated from durations", visible);
    }

    [GeneratedRegex("<rect x=\"(?<x>[0-9.]+)\" y=\"(?<y>[0-9.]+)\" width=\"(?<width>[0-9.]+)\" height=\"16\" fill=\"[^\"]+\" class=\"bar\" data-kind=\"[a-z]+\" data-status=\"(?<status>[a-z]+)\" data-name=\"(?<name>[^\"]*)\"")]
    private static partial Regex Bar();
}
