using System.Text.RegularExpressions;

namespace StepLog.Deploy.Tests;

/// <summary>
/// What the tests need to know of a PromQL expression without a PromQL parser: the names of the series it reads
/// (promtool checks the syntax; this finds a metric that nobody exports). Label matchers, strings, ranges and the
/// label lists of by/without/on/ignoring/group_left/group_right are removed first; what is left that is an identifier
/// and not a function call or a keyword is a metric name.
/// </summary>
internal static partial class PromQl
{
    private static readonly HashSet<string> Keywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "unless", "atan2", "by", "without", "on", "ignoring", "group_left", "group_right", "offset", "bool", "inf", "nan",
    };

    public static IReadOnlySet<string> MetricNames(string expression)
    {
        var text = StringLiteral().Replace(expression, "\"\"");
        text = LabelMatchers().Replace(text, "{}");
        text = Ranges().Replace(text, "[]");
        text = LabelLists().Replace(text, " ");
        return Identifier().Matches(text).Select(m => m.Value).Where(name => !Keywords.Contains(name)).ToHashSet();
    }

    /// <summary>
    /// A Grafana query as Prometheus would get it: the interval variables become 5m, any other variable (a job, an
    /// operation, always inside a matcher's string) matches everything.
    /// </summary>
    public static string FromGrafana(string query)
    {
        var text = IntervalVariable().Replace(query, "5m");
        return Variable().Replace(text, ".*");
    }

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex LabelMatchers();

    [GeneratedRegex(@"\[[^\[\]]*\]")]
    private static partial Regex Ranges();

    [GeneratedRegex(@"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^()]*\)", RegexOptions.IgnoreCase)]
    private static partial Regex LabelLists();

    // Not a part of a number or a duration (preceded by a digit or a dot), and not called (followed by "(").
    [GeneratedRegex(@"(?<![\w.:])(?>[a-zA-Z_:][\w:]*)(?!\s*\()")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"\$\{?__(?:rate_interval|interval|range)\}?")]
    private static partial Regex IntervalVariable();

    [GeneratedRegex(@"\$\{[^}]+\}|\$\w+")]
    private static partial Regex Variable();
}
