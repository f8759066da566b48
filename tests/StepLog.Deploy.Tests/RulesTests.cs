namespace StepLog.Deploy.Tests;

/// <summary>deploy/prometheus/steplog.rules.yml: valid for Prometheus, on metrics StepLog exports, and unit-tested.</summary>
public class RulesTests
{
    // The alerts the issue asks for, by the names teams will route on: renaming one breaks their Alertmanager routes.
    private static readonly string[] ShippedAlerts =
    [
        "StepLogStepFailureRateHigh", "StepLogOperationSlow", "StepLogOperationNotSucceeding", "StepLogBatchStalled", "StepLogRecordsDropped",
    ];

    [Fact]
    public void The_rules_file_passes_promtool_check_rules()
    {
        var (exitCode, output) = PrometheusTools.RunPromtool(DeployFiles.Directory, "check", "rules", DeployFiles.Rules);

        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public void Every_promtool_unit_test_of_the_alerts_passes()
    {
        var files = Directory.GetFiles(DeployFiles.RuleTests, "*.test.yml").Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(files);

        var (exitCode, output) = PrometheusTools.RunPromtool(DeployFiles.RuleTests, ["test", "rules", .. files.Select(Path.GetFileName)!]);

        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public void The_five_alerts_ship_under_their_names_each_with_a_severity_a_summary_a_description_and_a_runbook()
    {
        var alerts = RuleFile.Load(DeployFiles.Rules).Alerts.ToList();

        Assert.Equal(ShippedAlerts.Order(), alerts.Select(a => a.Alert!).Order());
        Assert.All(alerts, alert =>
        {
            Assert.Contains(alert.Labels.GetValueOrDefault("severity"), new[] { "warning", "critical" });
            Assert.False(string.IsNullOrWhiteSpace(alert.Annotations.GetValueOrDefault("summary")), $"{alert.Alert} has no summary.");
            Assert.Contains("Look first at", alert.Annotations.GetValueOrDefault("description") ?? string.Empty);
            Assert.Equal($"https://github.com/steplog/StepLog/blob/main/docs/alerts.md#{alert.Alert!.ToLowerInvariant()}", alert.Annotations.GetValueOrDefault("runbook_url"));
        });
    }

    [Fact]
    public void Every_alert_has_a_unit_test_where_it_fires_and_one_where_it_stays_silent()
    {
        var checks = Directory.GetFiles(DeployFiles.RuleTests, "*.test.yml")
            .SelectMany(file => RuleTestFile.Load(file).Tests)
            .SelectMany(test => test.AlertRuleTest)
            .ToList();

        Assert.All(ShippedAlerts, alert =>
        {
            Assert.True(checks.Any(c => c.Alertname == alert && c.ExpAlerts.Count > 0), $"No promtool test expects {alert} to fire.");
            Assert.True(checks.Any(c => c.Alertname == alert && c.ExpAlerts.Count == 0), $"No promtool test expects {alert} to stay silent.");
        });
    }

    [Fact]
    public void Every_series_the_rules_read_is_one_StepLog_exports_or_one_the_rules_record()
    {
        var rules = RuleFile.Load(DeployFiles.Rules).Rules.ToList();
        var recorded = rules.Where(r => r.Record is not null).Select(r => r.Record!).ToHashSet();

        var unknown = rules
            .SelectMany(rule => PromQl.MetricNames(rule.Expr).Select(name => (Rule: rule.Record ?? rule.Alert, Name: name)))
            .Where(read => !StepLogMetricNames.Exported.Contains(read.Name) && !recorded.Contains(read.Name))
            .Select(read => $"{read.Rule} reads {read.Name}")
            .ToList();

        Assert.True(unknown.Count == 0, $"Series that StepLog does not export: {string.Join("; ", unknown)}. Exported: {string.Join(", ", StepLogMetricNames.Exported.Order())}.");
    }
}
