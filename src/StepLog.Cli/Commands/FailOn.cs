using System;
using System.Collections.Generic;
using StepLog.Cli.Report;

namespace StepLog.Cli.Commands;

/// <summary>What <c>--fail-on</c> can name, and whether a report has it.</summary>
[Flags]
internal enum FailOnCondition
{
    None = 0,
    Failed = 1,
    Incomplete = 2,
    Slow = 4,
    Any = Failed | Incomplete | Slow,
}

internal static class FailOn
{
    public static bool TryParse(IEnumerable<string> values, out FailOnCondition conditions, out string? bad)
    {
        conditions = FailOnCondition.None;
        bad = null;
        foreach (var value in values)
        {
            foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var condition = part.ToUpperInvariant() switch
                {
                    "FAILED" => FailOnCondition.Failed,
                    "INCOMPLETE" => FailOnCondition.Incomplete,
                    "SLOW" => FailOnCondition.Slow,
                    "ANY" => FailOnCondition.Any,
                    _ => (FailOnCondition?)null,
                };
                if (condition is null)
                {
                    bad = part;
                    return false;
                }

                conditions |= condition.Value;
            }
        }

        return true;
    }

    public static bool Found(FailOnCondition conditions, ReportResult report) =>
        (conditions.HasFlag(FailOnCondition.Failed) && report.Operations.Failed + report.Failed.Count > 0)
        || (conditions.HasFlag(FailOnCondition.Incomplete) && report.Operations.Incomplete > 0)
        || (conditions.HasFlag(FailOnCondition.Slow) && report.SlowSteps.Count > 0);
}
