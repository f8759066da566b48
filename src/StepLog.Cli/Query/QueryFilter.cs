using System;
using System.Collections.Generic;
using StepLog.Cli.Model;
using StepLog.Shared;

namespace StepLog.Cli.Query;

/// <summary>
/// Which lines <c>steplog query</c> prints. Every condition given must hold. The operation name is the one the
/// correlator placed the line in, so text step lines (which do not name their operation) match too.
/// </summary>
internal sealed class QueryFilter
{
    /// <summary>The statuses <c>--status</c> takes: a line's kind (as StepLog's <c>status</c> field names it).</summary>
    public static readonly string[] Statuses = [LineStatus.Started, LineStatus.Success, LineStatus.Failed, LineStatus.Skipped, LineStatus.Cancelled, LineStatus.Warning, LineStatus.Retry, LineStatus.Complete, LineStatus.Incomplete, LineStatus.Interrupted, LineStatus.Progress];

    public NamePattern? Operation { get; init; }

    public NamePattern? Step { get; init; }

    /// <summary>Statuses to keep; empty keeps all.</summary>
    public IReadOnlySet<string> Status { get; init; } = new HashSet<string>();

    public double? MinDurationMs { get; init; }

    public DateTimeOffset? Since { get; init; }

    public DateTimeOffset? Until { get; init; }

    public bool Matches(LogEvent line, OperationRun operation, StepRun? step)
    {
        if (Operation is not null && !Operation.Matches(operation.Name))
        {
            return false;
        }

        if (Step is not null && !Step.Matches(step?.Name ?? line.Step))
        {
            return false;
        }

        if (Status.Count > 0 && !Status.Contains(StatusOf(line)))
        {
            return false;
        }

        if (MinDurationMs is { } min && !(line.DurationMs >= min))
        {
            return false;
        }

        return InTime(line);
    }

    /// <summary>Whether an operation cut off by the end of its file matches: its last line is then shown as incomplete.</summary>
    public bool MatchesCutOff(OperationRun operation) =>
        (Status.Count == 0 || Status.Contains("incomplete")) && MinDurationMs is null && Step is null
        && (Operation is null || Operation.Matches(operation.Name))
        && operation.LastEvent is { } last && InTime(last);

    /// <summary>A COMPLETE with <c>status=failed</c> is a failure too; otherwise the kind's word.</summary>
    public static string StatusOf(LogEvent line) =>
        line.Kind == LogEventKind.OperationComplete && line.Value("status") is { } status
            && (status.Equals("failed", StringComparison.OrdinalIgnoreCase) || status.Equals("cancelled", StringComparison.OrdinalIgnoreCase))
            ? status.ToLowerInvariant()
            : line.Kind.StatusWord();

    private bool InTime(LogEvent line)
    {
        if (Since is null && Until is null)
        {
            return true;
        }

        return line.Timestamp is { } time && (Since is null || time >= Since) && (Until is null || time <= Until);
    }
}
