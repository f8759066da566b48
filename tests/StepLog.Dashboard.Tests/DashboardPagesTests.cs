using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace StepLog.Dashboard.Tests;

/// <summary>Every page and its JSON twin over the seeded records: what an on-call engineer opens and links to.</summary>
public sealed partial class DashboardPagesTests : IAsyncLifetime
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
    public async Task The_overview_shows_runs_failures_percentiles_a_chart_and_the_health()
    {
        var page = await _host.GetStringAsync("/");
        using var json = await JsonAsync("/api/overview");

        Assert.Contains("id=\"total-runs\"", page);
        Assert.Contains("id=\"failure-rate\"", page);
        Assert.Contains("id=\"chart\"", page);
        Assert.Contains("class=\"runs-bar\"", page);
        Assert.Contains("class=\"failed-bar\"", page);
        Assert.Contains("id=\"health\"", page);
        Assert.Contains("Import documents", page);
        Assert.Contains("Download", page);
        var totals = json.RootElement.GetProperty("totals");
        Assert.True(totals.GetProperty("runs").GetInt64() >= Seeded.PagingRuns + 5, json.RootElement.ToString());
        Assert.True(totals.GetProperty("failed").GetInt64() >= 3, json.RootElement.ToString());
        var import = json.RootElement.GetProperty("overview").GetProperty("operations").EnumerateArray()
            .Single(o => o.GetProperty("operation").GetString() == "Import documents");
        Assert.Equal(2, import.GetProperty("count").GetInt64());
        Assert.Equal(1, import.GetProperty("failed").GetInt64());
        Assert.NotEqual(JsonValueKind.Null, import.GetProperty("p95_ms").ValueKind);
        Assert.Equal("hour", json.RootElement.GetProperty("window").GetString());
    }

    [Theory]
    [InlineData("day", 96)]
    [InlineData("week", 84)]
    public async Task The_overview_switches_its_window(string window, int buckets)
    {
        using var json = await JsonAsync("/api/overview?window=" + window);
        var page = await _host.GetStringAsync("/?window=" + window);

        Assert.Equal(window, json.RootElement.GetProperty("window").GetString());
        Assert.Equal(buckets, json.RootElement.GetProperty("overview").GetProperty("timeline").GetArrayLength());
        Assert.Contains("data-window=\"" + window + "\"", page);
    }

    [Fact]
    public async Task The_runs_page_lists_runs_newest_first_linked_to_each_run()
    {
        var page = await _host.GetStringAsync("/runs");
        using var json = await JsonAsync("/api/runs?limit=500");

        var started = json.RootElement.GetProperty("runs").EnumerateArray().Select(r => r.GetProperty("started_at").GetDateTimeOffset()).ToList();
        Assert.Equal(started.OrderByDescending(t => t), started);
        Assert.Contains("href=\"/steplog/runs/" + _ids.Failed + "\"", page);
        Assert.Contains("data-status=\"failed\"", page);
    }

    [Fact]
    public async Task The_runs_page_filters_by_operation_status_and_subject()
    {
        using var failed = await JsonAsync("/api/runs?operation=Import%20documents&status=failed");
        using var bySubject = await JsonAsync("/api/runs?subject=doc-1");
        var page = await _host.GetStringAsync("/runs?operation=Import%20documents&status=failed");

        var run = Assert.Single(failed.RootElement.GetProperty("runs").EnumerateArray());
        Assert.Equal(_ids.Failed, run.GetProperty("operation_id").GetString());
        Assert.Equal("failed", run.GetProperty("status").GetString());
        Assert.Equal(_ids.Succeeded, Assert.Single(bySubject.RootElement.GetProperty("runs").EnumerateArray()).GetProperty("operation_id").GetString());
        Assert.Contains(_ids.Failed, page);
        Assert.DoesNotContain(_ids.Succeeded, page);
    }

    [Fact]
    public async Task Walking_the_older_links_reads_every_run_once_newest_first()
    {
        var seen = new List<(string Id, DateTimeOffset Started)>();
        string? next = "/api/runs?operation=" + Uri.EscapeDataString(Seeded.PagingOperation) + "&limit=5";
        var pages = 0;
        while (next is not null)
        {
            using var json = await JsonAsync(next);
            seen.AddRange(json.RootElement.GetProperty("runs").EnumerateArray()
                .Select(r => (r.GetProperty("operation_id").GetString()!, r.GetProperty("started_at").GetDateTimeOffset())));
            var older = json.RootElement.GetProperty("older");
            next = older.ValueKind == JsonValueKind.Null ? null : older.GetString()![DashboardHost.Prefix.Length..];
            pages++;
        }

        Assert.Equal(5, pages);
        Assert.Equal(Seeded.PagingRuns, seen.Count);
        Assert.Equal(Seeded.PagingRuns, seen.Select(s => s.Id).Distinct().Count());
        Assert.Equal(seen.OrderByDescending(s => s.Started).Select(s => s.Started), seen.Select(s => s.Started));
    }

    [Fact]
    public async Task The_html_older_link_pages_through_the_same_runs()
    {
        var ids = new HashSet<string>();
        string? next = "/runs?operation=" + Uri.EscapeDataString(Seeded.PagingOperation) + "&limit=10";
        while (next is not null)
        {
            var page = await _host.GetStringAsync(next);
            foreach (Match row in RunRow().Matches(page))
            {
                Assert.True(ids.Add(row.Groups[1].Value), "a run was shown twice: " + row.Groups[1].Value);
            }

            var older = OlderLink().Match(page);
            next = older.Success ? WebUtility.HtmlDecode(older.Groups[1].Value)[DashboardHost.Prefix.Length..] : null;
        }

        Assert.Equal(Seeded.PagingRuns, ids.Count);
    }

    [Fact]
    public async Task A_run_page_draws_each_step_as_a_bar_with_its_status_retry_and_warning()
    {
        var page = await _host.GetStringAsync("/runs/" + _ids.Succeeded);
        using var json = await JsonAsync("/api/runs/" + _ids.Succeeded);

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
                var x = double.Parse(bar.Groups["x"].Value, System.Globalization.CultureInfo.InvariantCulture);
                var width = double.Parse(bar.Groups["width"].Value, System.Globalization.CultureInfo.InvariantCulture);
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
        Assert.Equal(975.5, double.Parse(bar.Groups["x"].Value, System.Globalization.CultureInfo.InvariantCulture), 1);
        Assert.Equal(4.9, double.Parse(bar.Groups["width"].Value, System.Globalization.CultureInfo.InvariantCulture), 1);
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
        using var json = await JsonAsync("/api/runs/" + _ids.Planned);

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

        Assert.Contains("data-depth=\"2\"", page);
        Assert.Contains("href=\"/steplog/runs/" + _ids.Child + "\"", page);
        Assert.Contains("href=\"/steplog/runs/" + _ids.Parent + "\"", child);
    }

    [Fact]
    public async Task A_run_links_to_its_trace_by_its_span_id()
    {
        var page = await _host.GetStringAsync("/runs/" + _ids.Failed);

        Assert.Contains("href=\"http://localhost:16686/search?span=" + _ids.Failed + "\"", page);
    }

    [Fact]
    public async Task A_subject_page_shows_every_run_of_the_subject_oldest_first()
    {
        var page = await _host.GetStringAsync("/subjects/doc-3");
        using var json = await JsonAsync("/api/subjects/doc-3");

        var runs = json.RootElement.GetProperty("runs").EnumerateArray().ToList();
        Assert.Contains(runs, r => r.GetProperty("operation_id").GetString() == _ids.LoggerParent);
        Assert.Contains(runs, r => r.GetProperty("operation_id").GetString() == _ids.Parent);
        var started = runs.Select(r => r.GetProperty("started_at").GetDateTimeOffset()).ToList();
        Assert.Equal(started.OrderBy(t => t), started);
        Assert.Contains(_ids.LoggerChild, page);
    }

    [Fact]
    public async Task The_errors_page_groups_errors_with_counts_and_links_the_latest_run()
    {
        var page = await _host.GetStringAsync("/errors");
        using var json = await JsonAsync("/api/errors?since=1h");
        using var withWarnings = await JsonAsync("/api/errors?warnings=true");

        Assert.Contains("disk full", page);
        Assert.Contains("href=\"/steplog/runs/" + _ids.Failed + "\"", page);
        var groups = json.RootElement.GetProperty("groups").EnumerateArray().ToList();
        Assert.Contains(groups, g => g.GetProperty("error_message").GetString() == "disk full" && g.GetProperty("count").GetInt64() >= 1);
        Assert.DoesNotContain(groups, g => g.GetProperty("status").GetString() == "warning");
        Assert.Contains(withWarnings.RootElement.GetProperty("groups").EnumerateArray(), g => g.GetProperty("error_message").GetString() == "index is 90% full");
    }

    [Fact]
    public async Task The_batches_page_shows_a_running_batch_progress_live()
    {
        var page = await _host.GetStringAsync("/batches");
        using var json = await JsonAsync("/api/batches");

        var batch = json.RootElement.GetProperty("batches").EnumerateArray().Single(b => b.GetProperty("run").GetProperty("operation_id").GetString() == _ids.RunningBatch);
        Assert.Equal(4, batch.GetProperty("processed").GetInt64());
        Assert.Equal(10, batch.GetProperty("total").GetInt64());
        Assert.Equal(1, batch.GetProperty("failed").GetInt64());
        Assert.True(batch.GetProperty("rate_per_second").GetDouble() > 0);
        Assert.True(batch.GetProperty("eta_seconds").GetDouble() > 0);
        Assert.Contains("data-processed=\"4\"", page);
        Assert.Contains("id=\"batches\" data-live=", page);
    }

    [Theory]
    [InlineData("/runs/ffffffffffffffff")]
    [InlineData("/subjects/nobody-at-all")]
    public async Task An_unknown_run_or_subject_is_a_404_page_and_a_json_404(string path)
    {
        using var html = await _host.GetAsync(path);
        using var json = await _host.GetAsync("/api" + path);

        Assert.Equal(HttpStatusCode.NotFound, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Nothing is recorded under this id", await html.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, json.StatusCode);
        using var body = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        Assert.Equal("not_found", body.RootElement.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("/runs?status=bogus", "status", "running, success, warning, failed")]
    [InlineData("/runs?since=last%20tuesday", "since", "ISO 8601")]
    [InlineData("/runs?until=2026-13-45", "until", "ISO 8601")]
    [InlineData("/runs?limit=0", "limit", "1 to 500")]
    [InlineData("/runs?after=not-a-cursor", "after", "Older")]
    [InlineData("/errors?since=soon", "since", "ISO 8601")]
    [InlineData("/errors?warnings=maybe", "warnings", "true or false")]
    [InlineData("/?window=month", "window", "hour, day or week")]
    public async Task A_bad_filter_is_a_400_naming_the_parameter_and_what_to_give(string path, string parameter, string help)
    {
        using var html = await _host.GetAsync(path);
        using var json = await _host.GetAsync("/api" + (path.StartsWith("/?", StringComparison.Ordinal) ? "/overview" + path[1..] : path));
        var page = await html.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, html.StatusCode);
        Assert.Contains(parameter + ":", page);
        Assert.Contains(help, page);
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        using var body = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        Assert.Equal(parameter, body.RootElement.GetProperty("parameter").GetString());
    }

    private async Task<JsonDocument> JsonAsync(string path)
    {
        using var response = await _host.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}\n{body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body);
    }

    [GeneratedRegex("<tr class=\"run [a-z]+\" data-status=\"[a-z]+\" data-operation-id=\"([0-9a-f]+)\"")]
    private static partial Regex RunRow();

    [GeneratedRegex("<a href=\"([^\"]+)\" class=\"older\">")]
    private static partial Regex OlderLink();

    [GeneratedRegex("<rect class=\"bar (?<status>[a-z]+)\" x=\"(?<x>[0-9.]+)\" y=\"0\" width=\"(?<width>[0-9.]+)\"")]
    private static partial Regex Bar();

    [GeneratedRegex("<tr class=\"step ")]
    private static partial Regex StepRows();
}
