using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace StepLog.Dashboard.Tests;

/// <summary>One run's page: its steps as a waterfall to scale, what failed, what never started, what ran inside it.</summary>
public sealed partial class DashboardRunPageTests : IAsyncLifetime
{
    private DashboardHost _host = null!;
    private Seeded.Ids _ids = null!;

    public async Task InitializeAsync()
    {
        _ids = await Seeded.IdsAsync();
        _host = await DashboardHost.StartAsync(options => options.TraceUrlTemplate = "http://localhost:16686/search?span={span_id}");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_run_page_draws_each_step_as_a_bar_with_its_status_retry_and_warning()
    {
        var page = await _host.GetStringAsync("/runs/" + _ids.Succeeded);
        using var json = await _host.GetJsonAsync("/api/runs/" + _ids.Succeeded);

        Assert.Equal(3, StepRows().Count(page));
        Assert.Equal(3, Regex.Count(page, "class=\"bar "));
        Assert.Contains("Retry 1: parser timed out", page);
        Assert.Contains("index is 90% full", page);
        Assert.Contains("<dt>bytes</dt><dd>2048</dd>", page);
        var steps = json.RootElement.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(["success", "success", "warning"], steps.Select(s => s.GetProperty("status").GetString()));
        Assert.Equal("Download", steps[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Every_bar_of_a_waterfall_lies_inside_its_track_and_is_visible()
    {
        foreach (var id in new[] { _ids.Succeeded, _ids.Failed, _ids.Xss, _ids.Parent, _ids.Planned, _ids.LoggerParent })
        {
            var page = await _host.GetStringAsync("/runs/" + id);

            foreach (Match bar in Bar().Matches(page))
            {
                var x = double.Parse(bar.Groups["x"].Value, CultureInfo.InvariantCulture);
                var width = double.Parse(bar.Groups["width"].Value, CultureInfo.InvariantCulture);
                Assert.True(x >= 0 && x + width <= 1000, $"run {id}: a bar from {x} to {x + width} leaves the track");
                Assert.True(width >= 2 || bar.Groups["status"].Value == "pending", $"run {id}: a {bar.Groups["status"].Value} bar {width} wide cannot be seen");
            }
        }
    }

    [Fact]
    public async Task A_nested_run_is_drawn_where_it_ran_in_its_parent()
    {
        var page = await _host.GetStringAsync("/runs/" + _ids.Parent);

        // The child started 995 ms into the parent's 1020 ms and took 5 ms.
        var bar = Bar().Match(page);
        Assert.Equal(975.5, double.Parse(bar.Groups["x"].Value, CultureInfo.InvariantCulture), 1);
        Assert.Equal(4.9, double.Parse(bar.Groups["width"].Value, CultureInfo.InvariantCulture), 1);
    }

    [Fact]
    public async Task A_failed_run_is_obviously_failed()
    {
        var page = await _host.GetStringAsync("/runs/" + _ids.Failed);

        Assert.Contains("id=\"run-error\"", page);
        Assert.Matches("<tr class=\"step failed\" data-status=\"failed\" data-step=\"1\"", page);
        Assert.Contains("disk full", page);
        Assert.Contains("✖", page);
    }

    [Fact]
    public async Task A_run_shows_the_plans_steps_that_never_started()
    {
        var page = await _host.GetStringAsync("/runs/" + _ids.Planned);
        using var json = await _host.GetJsonAsync("/api/runs/" + _ids.Planned);

        Assert.Contains("Pending (never started)", page);
        var last = json.RootElement.GetProperty("steps").EnumerateArray().Last();
        Assert.Equal("Never run", last.GetProperty("name").GetString());
        Assert.Equal("pending", last.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, last.GetProperty("start").ValueKind);
    }

    [Fact]
    public async Task A_run_shows_the_operations_nested_in_it_indented_and_linked()
    {
        var page = await _host.GetStringAsync("/runs/" + _ids.Parent);
        var child = await _host.GetStringAsync("/runs/" + _ids.Child);
        var loggerParent = await _host.GetStringAsync("/runs/" + _ids.LoggerParent);

        Assert.Contains("data-depth=\"2\"", page);
        Assert.Contains("href=\"/steplog/runs/" + _ids.Child + "\"", page);
        Assert.Contains("href=\"/steplog/runs/" + _ids.Parent + "\"", child);
        Assert.Contains("href=\"/steplog/runs/" + _ids.LoggerChild + "\"", loggerParent);
    }

    [Fact]
    public async Task A_run_links_to_its_trace_by_its_span_id()
    {
        var page = await _host.GetStringAsync("/runs/" + _ids.Failed);

        Assert.Contains("href=\"http://localhost:16686/search?span=" + _ids.Failed + "\"", page);
    }

    [GeneratedRegex("<rect class=\"bar (?<status>[a-z]+)\" x=\"(?<x>[0-9.]+)\" y=\"0\" width=\"(?<width>[0-9.]+)\"")]
    private static partial Regex Bar();

    [GeneratedRegex("<tr class=\"step ")]
    private static partial Regex StepRows();
}
