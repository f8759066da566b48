using System.Text.Json.Nodes;

namespace StepLog.Deploy.Tests;

/// <summary>deploy/grafana/steplog.json: importable as is, and every query valid PromQL over series that exist.</summary>
public class DashboardTests
{
    private static readonly JsonObject Dashboard = (JsonObject)JsonNode.Parse(File.ReadAllText(DeployFiles.Dashboard))!;

    [Fact]
    public void Every_query_of_the_dashboard_passes_promtool_check_rules()
    {
        var queries = Queries();
        Assert.NotEmpty(queries);
        var directory = Directory.CreateTempSubdirectory("steplog-dashboard-").FullName;
        try
        {
            // Each query becomes a recording rule of a generated file, since promtool checks PromQL in rule files.
            var file = Path.Combine(directory, "dashboard.rules.yml");
            File.WriteAllText(file, RuleFile.OfExpressions("steplog-dashboard", queries.Select((q, i) => ($"steplog_dashboard_query_{i + 1}", q.Expr))));

            var (exitCode, output) = PrometheusTools.RunPromtool(directory, "check", "rules", file);

            Assert.True(exitCode == 0, $"{output}{Environment.NewLine}{string.Join(Environment.NewLine, queries.Select((q, i) => $"steplog_dashboard_query_{i + 1}: {q.Where}: {q.Expr}"))}");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Every_series_the_dashboard_reads_is_one_StepLog_exports_or_the_rules_record()
    {
        var recorded = RuleFile.Load(DeployFiles.Rules).Rules.Where(r => r.Record is not null).Select(r => r.Record!).ToHashSet();

        var unknown = Queries()
            .SelectMany(q => PromQl.MetricNames(q.Expr).Select(name => $"{q.Where} reads {name}"))
            .Where(read => !StepLogMetricNames.Exported.Contains(read.Split(" reads ")[1])
                && !recorded.Contains(read.Split(" reads ")[1])
                && !StepLogMetricNames.PrometheusOwn.Contains(read.Split(" reads ")[1]))
            .ToList();

        Assert.True(unknown.Count == 0, $"Series that nothing exports or records: {string.Join("; ", unknown)}.");
    }

    [Fact]
    public void Every_panel_and_query_variable_reads_the_datasource_variable()
    {
        var variables = Dashboard["templating"]!["list"]!.AsArray().Select(v => v!.AsObject()).ToList();
        var datasource = Assert.Single(variables, v => (string?)v["type"] == "datasource");
        Assert.Equal("datasource", (string?)datasource["name"]);
        Assert.Equal("prometheus", (string?)datasource["query"]);

        var users = Panels().Where(p => (string?)p["type"] != "row")
            .Concat(variables.Where(v => (string?)v["type"] == "query"))
            .ToList();
        Assert.All(users, user => Assert.Equal("${datasource}", (string?)user["datasource"]?["uid"]));
    }

    [Fact]
    public void The_dashboard_shows_operations_failure_ratios_step_percentiles_batch_progress_and_dropped_records()
    {
        var titles = Panels().Select(p => (string?)p["title"]).ToList();

        Assert.Contains("Operations", titles);
        Assert.Contains("Failure ratio per step", titles);
        Assert.Contains("p50 per step", titles);
        Assert.Contains("p95 per step", titles);
        Assert.Contains("Batch progress", titles);
        Assert.Contains("Dropped records", titles);
        // Importable as is: no id of another Grafana's database, no input to fill in.
        Assert.Null(Dashboard["id"]);
        Assert.Null(Dashboard["__inputs"]);
    }

    [Fact]
    public void Every_panel_an_alert_sends_its_reader_to_is_on_the_dashboard()
    {
        var titles = Panels().Select(p => (string?)p["title"]).ToHashSet();
        var named = RuleFile.Load(DeployFiles.Rules).Alerts
            .SelectMany(alert => System.Text.RegularExpressions.Regex.Matches(alert.Annotations.GetValueOrDefault("description") ?? string.Empty, "\"([^\"]+)\" panel")
                .Select(m => (alert.Alert, Panel: m.Groups[1].Value)))
            .ToList();

        Assert.NotEmpty(named);
        Assert.All(named, n => Assert.True(titles.Contains(n.Panel), $"{n.Alert} sends its reader to the panel \"{n.Panel}\", which the dashboard does not have."));
    }

    /// <summary>Every PromQL query: the panels' targets, and the selectors of the query variables.</summary>
    private static List<(string Where, string Expr)> Queries()
    {
        var queries = Panels()
            .SelectMany(panel => (panel["targets"]?.AsArray() ?? []).Select(target =>
                (Where: $"panel \"{panel["title"]}\" target {target!["refId"]}", Grafana: (string?)target["expr"])))
            .Where(q => q.Grafana is not null)
            .Select(q => (q.Where, PromQl.FromGrafana(q.Grafana!)))
            .ToList();
        foreach (var variable in Dashboard["templating"]!["list"]!.AsArray().Where(v => (string?)v!["type"] == "query"))
        {
            var query = (string?)variable!["query"]?["query"] ?? (string?)variable["query"] ?? string.Empty;
            var selector = System.Text.RegularExpressions.Regex.Match(query, @"^label_values\((.+),\s*\w+\)$");
            Assert.True(selector.Success, $"Variable {variable["name"]}'s query is not label_values(selector, label): {query}");
            queries.Add(($"variable {variable["name"]}", PromQl.FromGrafana(selector.Groups[1].Value)));
        }

        return queries;
    }

    private static IEnumerable<JsonObject> Panels() =>
        Dashboard["panels"]!.AsArray().Select(p => p!.AsObject())
            .SelectMany(p => new[] { p }.Concat((p["panels"]?.AsArray() ?? []).Select(n => n!.AsObject())));
}
