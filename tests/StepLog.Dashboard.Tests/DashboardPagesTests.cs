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
        _host = await DashboardHost.StartAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_overview_shows_runs_failures_percentiles_a_chart_and_the_health()
    {
        var page = await _host.GetStringAsync("/");
        using var json = await _host.GetJsonAsync("/api/overview");

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
        using var json = await _host.GetJsonAsync("/api/overview?window=" + window);
        var page = await _host.GetStringAsync("/?window=" + window);

        Assert.Equal(window, json.RootElement.GetProperty("window").GetString());
        Assert.Equal(buckets, json.RootElement.GetProperty("overview").GetProperty("timeline").GetArrayLength());
        Assert.Contains("data-window=\"" + window + "\"", page);
    }

    [Fact]
    public async Task The_runs_page_lists_runs_newest_first_linked_to_each_run()
    {
        var page = await _host.GetStringAsync("/runs");
        using var json = await _host.GetJsonAsync("/api/runs?limit=500");

        var started = json.RootElement.GetProperty("runs").EnumerateArray().Select(r => r.GetProperty("started_at").GetDateTimeOffset()).ToList();
        Assert.Equal(started.OrderByDescending(t => t), started);
        Assert.Contains("href=\"/steplog/runs/" + _ids.Failed + "\"", page);
        Assert.Contains("data-status=\"failed\"", page);
    }

    [Fact]
    public async Task The_runs_page_filters_by_operation_status_and_subject()
    {
        using var failed = await _host.GetJsonAsync("/api/runs?operation=Import%20documents&status=failed");
        using var bySubject = await _host.GetJsonAsync("/api/runs?subject=doc-1");
        var page = await _host.GetStringAsync("/runs?operation=Import%20documents&status=failed");

        var run = Assert.Single(failed.RootElement.GetProperty("runs").EnumerateArray());
        Assert.Equal(_ids.Failed, run.GetProperty("operation_id").GetString());
        Assert.Equal("failed", run.GetProperty("status").GetString());
        Assert.Equal(_ids.Succeeded, Assert.Single(bySubject.RootElement.GetProperty("runs").EnumerateArray()).GetProperty("operation_id").GetString());
        Assert.Contains(_ids.Failed, page);
        Assert.DoesNotContain(_ids.Succeeded, page);
    }

    [Fact]
    public async Task The_runs_page_filters_by_kind_and_keeps_the_filter_in_its_form()
    {
        using var batches = await _host.GetJsonAsync("/api/runs?kind=batch");
        var page = await _host.GetStringAsync("/runs?kind=batch");

        var kinds = batches.RootElement.GetProperty("runs").EnumerateArray().Select(r => r.GetProperty("kind").GetString()).ToList();
        Assert.NotEmpty(kinds);
        Assert.All(kinds, kind => Assert.Equal("batch", kind));
        Assert.Contains("<option value=\"batch\" selected>", page);
    }

    [Fact]
    public async Task Walking_the_older_links_reads_every_run_once_newest_first()
    {
        var seen = new List<(string Id, DateTimeOffset Started)>();
        string? next = "/api/runs?operation=" + Uri.EscapeDataString(Seeded.PagingOperation) + "&limit=5";
        var pages = 0;
        while (next is not null)
        {
            using var json = await _host.GetJsonAsync(next);
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
    public async Task A_subject_page_shows_every_run_of_the_subject_oldest_first()
    {
        var page = await _host.GetStringAsync("/subjects/doc-3");
        using var json = await _host.GetJsonAsync("/api/subjects/doc-3");

        var runs = json.RootElement.GetProperty("runs").EnumerateArray().ToList();
        Assert.Contains(runs, r => r.GetProperty("operation_id").GetString() == _ids.LoggerParent);
        Assert.Contains(runs, r => r.GetProperty("operation_id").GetString() == _ids.Parent);
        var started = runs.Select(r => r.GetProperty("started_at").GetDateTimeOffset()).ToList();
        Assert.Equal(started.OrderBy(t => t), started);
        Assert.Contains(_ids.LoggerChild, page);
    }

    [Fact]
    public async Task A_subject_with_slashes_dots_and_percent_signs_is_reached_by_its_link()
    {
        var runs = await _host.GetStringAsync("/runs?operation=Slash%20op");
        var link = SubjectLink().Match(runs);
        Assert.True(link.Success, "the runs page links the subject");

        var page = await _host.GetStringAsync(WebUtility.HtmlDecode(link.Groups[1].Value)[DashboardHost.Prefix.Length..]);

        Assert.Contains("<h1>Subject " + WebUtility.HtmlEncode(Seeded.SlashSubject) + "</h1>", page);
        Assert.Contains("Slash op", page);
    }

    [Fact]
    public async Task The_errors_page_groups_errors_with_counts_and_links_the_latest_run()
    {
        var page = await _host.GetStringAsync("/errors");
        using var json = await _host.GetJsonAsync("/api/errors?since=1h");
        using var withWarnings = await _host.GetJsonAsync("/api/errors?warnings=true");

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
        using var json = await _host.GetJsonAsync("/api/batches");

        var batch = json.RootElement.GetProperty("batches").EnumerateArray().Single(b => b.GetProperty("run").GetProperty("operation_id").GetString() == _ids.RunningBatch);
        Assert.Equal(4, batch.GetProperty("processed").GetInt64());
        Assert.Equal(10, batch.GetProperty("total").GetInt64());
        Assert.Equal(1, batch.GetProperty("failed").GetInt64());
        Assert.True(batch.GetProperty("rate_per_second").GetDouble() > 0);
        Assert.True(batch.GetProperty("eta_seconds").GetDouble() > 0);
        Assert.Contains("data-processed=\"4\"", page);
        Assert.Contains("id=\"batches\" data-live=", page);
    }

    [Fact]
    public async Task A_running_batch_shows_the_progress_its_latest_record_reports()
    {
        var page = await _host.GetStringAsync("/batches");
        using var json = await _host.GetJsonAsync("/api/batches");

        var batch = json.RootElement.GetProperty("batches").EnumerateArray().Single(b => b.GetProperty("run").GetProperty("operation_id").GetString() == _ids.ProgressingBatch);
        Assert.Equal(7, batch.GetProperty("processed").GetInt64());
        Assert.Equal(20, batch.GetProperty("total").GetInt64());
        Assert.Equal(2, batch.GetProperty("failed").GetInt64());
        Assert.Equal(3.5, batch.GetProperty("rate_per_second").GetDouble());
        Assert.Equal(3.7, batch.GetProperty("eta_seconds").GetDouble());
        Assert.Contains("data-operation-id=\"" + _ids.ProgressingBatch + "\" data-processed=\"7\" data-total=\"20\"", page);
    }

    [Fact]
    public async Task A_StepBatch_that_ended_with_a_failed_item_is_listed_with_its_counts()
    {
        using var json = await _host.GetJsonAsync("/api/batches");

        var batch = json.RootElement.GetProperty("batches").EnumerateArray().Single(b => b.GetProperty("run").GetProperty("operation").GetString() == "Nightly batch");
        Assert.Equal("warning", batch.GetProperty("run").GetProperty("status").GetString());
        Assert.Equal(5, batch.GetProperty("processed").GetInt64());
        Assert.Equal(1, batch.GetProperty("failed").GetInt64());
        Assert.Equal(JsonValueKind.Null, batch.GetProperty("eta_seconds").ValueKind);
    }

    [Fact]
    public async Task An_interrupted_batch_says_it_was_interrupted_and_how_far_it_got()
    {
        var page = await _host.GetStringAsync("/batches");
        using var json = await _host.GetJsonAsync("/api/batches");

        var batch = json.RootElement.GetProperty("batches").EnumerateArray().Single(b => b.GetProperty("run").GetProperty("operation_id").GetString() == _ids.InterruptedBatch);
        Assert.True(batch.GetProperty("interrupted").GetBoolean());
        Assert.Equal(3, batch.GetProperty("processed").GetInt64());
        Assert.Contains("data-status=\"interrupted\" data-operation-id=\"" + _ids.InterruptedBatch + "\"", page);
        Assert.Contains("✖ Interrupted", page);
        Assert.Contains("interrupted after 3/10 items", page);
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
    [InlineData("/runs?limit=0", "limit", "whole number from 1 to")]
    [InlineData("/runs?since=1h&until=2h", "until", "later than since")]
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

    [GeneratedRegex("<tr class=\"run [a-z]+\" data-status=\"[a-z]+\" data-operation-id=\"([0-9a-f]+)\"")]
    private static partial Regex RunRow();

    [GeneratedRegex("<a href=\"([^\"]+)\" class=\"older\">")]
    private static partial Regex OlderLink();

    [GeneratedRegex("<a href=\"([^\"]+)\" class=\"subject-link\">")]
    private static partial Regex SubjectLink();
}
