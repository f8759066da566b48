using System.Text.RegularExpressions;

namespace StepLog.Deploy.Tests;

/// <summary>
/// The shipped rules with their durations and two thresholds shortened, for an end-to-end run that lasts a minute
/// rather than hours. Everything else (expressions, labels, annotations) is the shipped file's. The promtool unit tests
/// check the shipped file itself; docs/alerts.md lists these substitutions. Each must change the file, so that a change
/// to the shipped rules that this copy no longer follows fails here rather than testing less.
/// </summary>
internal static class FastRules
{
    private static readonly (Regex Pattern, string Replacement)[] Substitutions =
    [
        // Windows: 5m and 1h become 10s, 10m (and its offset) 20s, at a 1s scrape interval. [1d] stays.
        (new Regex(@"\[5m\]"), "[10s]"),
        (new Regex(@"\[1h\]"), "[10s]"),
        (new Regex(@"\[10m\]"), "[20s]"),
        (new Regex(@"offset 10m\b"), "offset 20s"),
        // Every pending period.
        (new Regex(@"(?m)^(\s+for: ).+$"), "${1}3s"),
        // An operation is slow above 0.5s: a healthy sync of the sample takes well under 0.25s, a failing one a second.
        (new Regex(@"(record: steplog:threshold:operation_p95_seconds\s+expr: )vector\([^)]*\)"), "${1}vector(0.5)"),
        // A batch has stalled after 5s without progress: the sample's items take 50ms.
        (new Regex(@"(record: steplog:threshold:batch_stall_seconds\s+expr: )vector\([^)]*\)"), "${1}vector(5)"),
    ];

    public static string From(string shipped)
    {
        var rules = shipped;
        foreach (var (pattern, replacement) in Substitutions)
        {
            var changed = pattern.Replace(rules, replacement);
            if (changed == rules)
            {
                throw new InvalidOperationException($"The shipped rules no longer contain /{pattern}/: update FastRules and docs/alerts.md with them.");
            }

            rules = changed;
        }

        return rules;
    }
}
