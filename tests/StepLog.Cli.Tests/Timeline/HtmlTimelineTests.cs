using System.Globalization;
using System.Text.RegularExpressions;
using StepLog.Cli.Tests.Support;

namespace StepLog.Cli.Tests.Timeline;

/// <summary>The HTML timeline, opened in a real headless Chromium: what it parses and what it paints.</summary>
public partial class HtmlTimelineTests
{
    [Fact]
    public async Task The_page_is_self_contained_and_chromium_parses_one_bar_per_span_with_its_hover_text()
    {
        using var folder = new TempFolder();
        var page = await WritePageAsync(folder);
        var html = File.ReadAllText(page);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["http://www.w3.org/2000/svg"], Regex.Matches(html, "https?://[^\"' )]+").Select(m => m.Value).Distinct());

        // The DOM after Chromium parsed the page: the SVG with a bar and a tooltip per operation and step.
        var dom = Chromium.Run(page, "--dump-dom");
        var bars = Bar().Matches(dom);
        Assert.Equal(9, bars.Count);
        var rates = bars.Single(bar => bar.Groups["name"].Value == "Fetch Rates");
        Assert.Equal("failed", rates.Groups["status"].Value);
        Assert.Contains("<title>Fetch Rates\nfailed · 10 ms\noperation_id: r1\ntotal_duration_ms: 10.0\nerror: timeout", dom);
    }

    [Fact]
    public async Task Chromium_paints_failures_red_and_successes_not()
    {
        using var folder = new TempFolder();
        var page = await WritePageAsync(folder);
        var html = File.ReadAllText(page);
        var screenshot = folder.File("timeline.png");

        Chromium.Run(page, "--screenshot=" + screenshot, "--window-size=1400,600", "--force-device-scale-factor=1", "--hide-scrollbars");

        var png = Png.Read(screenshot);
        Assert.True(IsRed(Centre(png, html, "Fetch Rates")), "the failed operation is not painted red");
        Assert.True(IsRed(Centre(png, html, "[1/1] Call rates API")), "the failed step is not painted red");
        Assert.False(IsRed(Centre(png, html, "Fetch Prices")), "a successful operation is painted red");
        Assert.False(IsRed(Centre(png, html, "[2/2] Publish")), "a successful step is painted red");
        Assert.False(IsRed(Centre(png, html, "Side Job")), "a successful operation is painted red");
    }

    private static async Task<string> WritePageAsync(TempFolder folder)
    {
        var log = ParallelJsonLog.Write(folder.File("parallel.json"));
        var page = folder.File("timeline.html");
        var result = await CliRun.RunAsync("timeline", log, "--html", page);
        Assert.True(result.ExitCode == 0, result.ToString());
        return page;
    }

    // The pixel in the middle of the bar named so, from the bar's own coordinates in the page (the SVG sits at 0,0).
    private static (byte R, byte G, byte B) Centre(Png png, string html, string name)
    {
        var bar = Bar().Matches(html).Single(match => System.Net.WebUtility.HtmlDecode(match.Groups["name"].Value) == name);
        var x = double.Parse(bar.Groups["x"].Value, CultureInfo.InvariantCulture) + double.Parse(bar.Groups["width"].Value, CultureInfo.InvariantCulture) / 2;
        var y = double.Parse(bar.Groups["y"].Value, CultureInfo.InvariantCulture) + 4; // above the label text
        Assert.True(x < png.Width && y < png.Height, $"'{name}' at {x},{y} is outside the {png.Width}x{png.Height} screenshot");
        return png[(int)x, (int)y];
    }

    private static bool IsRed((byte R, byte G, byte B) pixel) => pixel.R > 180 && pixel.G < 90 && pixel.B < 90;

    [GeneratedRegex("<rect x=\"(?<x>[0-9.]+)\" y=\"(?<y>[0-9.]+)\" width=\"(?<width>[0-9.]+)\" height=\"16\" fill=\"[^\"]+\" class=\"bar\" data-kind=\"[a-z]+\" data-status=\"(?<status>[a-z]+)\" data-name=\"(?<name>[^\"]*)\"")]
    private static partial Regex Bar();
}
