using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace StepLog.Deploy.Tests;

/// <summary>A Prometheus rule file, as far as the tests read it: its groups and their rules.</summary>
internal sealed class RuleFile
{
    public List<RuleGroup> Groups { get; set; } = [];

    public IEnumerable<Rule> Rules => Groups.SelectMany(group => group.Rules);

    public IEnumerable<Rule> Alerts => Rules.Where(rule => rule.Alert is not null);

    public static RuleFile Load(string path) => Yaml.Read<RuleFile>(path);

    /// <summary>A rule file of recording rules, one per expression, for promtool to check the expressions' syntax.</summary>
    public static string OfExpressions(string groupName, IEnumerable<(string Record, string Expr)> expressions) =>
        new SerializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build().Serialize(new
        {
            groups = new[]
            {
                new { name = groupName, rules = expressions.Select(e => new { record = e.Record, expr = e.Expr }).ToArray() },
            },
        });
}

internal sealed class RuleGroup
{
    public string Name { get; set; } = string.Empty;

    public List<Rule> Rules { get; set; } = [];
}

internal sealed class Rule
{
    public string? Record { get; set; }

    public string? Alert { get; set; }

    public string Expr { get; set; } = string.Empty;

    public string? For { get; set; }

    public Dictionary<string, string> Labels { get; set; } = [];

    public Dictionary<string, string> Annotations { get; set; } = [];
}

/// <summary>A promtool unit test file, as far as the tests read it: which alerts each case expects, at which times.</summary>
internal sealed class RuleTestFile
{
    public List<RuleTestCase> Tests { get; set; } = [];

    public static RuleTestFile Load(string path) => Yaml.Read<RuleTestFile>(path);
}

internal sealed class RuleTestCase
{
    public string Name { get; set; } = string.Empty;

    public List<AlertRuleTest> AlertRuleTest { get; set; } = [];
}

internal sealed class AlertRuleTest
{
    public string Alertname { get; set; } = string.Empty;

    public List<Dictionary<string, object>> ExpAlerts { get; set; } = [];
}

internal static class Yaml
{
    public static T Read<T>(string path) =>
        new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build()
            .Deserialize<T>(File.ReadAllText(path));
}
