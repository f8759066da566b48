using System.Collections.Generic;
using System.Globalization;
using StepLog.Cli.Input;
using StepLog.Cli.Model;

namespace StepLog.Cli.Report;

/// <summary>
/// Gathers the report as the correlator hands on steps and operations, keeping only counts, the findings and one
/// duration digest per (operation, step): nothing grows with the number of lines read.
/// </summary>
internal sealed class ReportBuilder : IOperationObserver
{
    /// <summary>How many correlation issues are listed; the rest are counted.</summary>
    public const int MaxIssues = 100;

    private readonly List<FailedItem> _failed = [];
    private readonly List<IncompleteItem> _incomplete = [];
    private readonly List<CorrelationIssue> _issues = [];

    // Failed steps of operations known so far only from step lines (a console at Information shows an item's failed
    // step, not its START): named when their COMPLETE names the operation. Indexes into _failed.
    private readonly List<(OperationRun Operation, int Index)> _unnamed = [];
    private readonly StepDurations _durations = new();
    private readonly IssuesByFile _issuesByFile = new();
    private long _total;
    private long _succeeded;
    private long _failedCount;
    private long _incompleteCount;

    public void StepEnded(StepRun step)
    {
        if (step.DurationMs is { } duration)
        {
            _durations.Add(step.Operation.Name, step.Name, duration);
        }

        if (step.Outcome == StepOutcome.Failed)
        {
            var operation = step.Operation;
            if (operation.NameUnknown)
            {
                _unnamed.Add((operation, _failed.Count));
            }

            _failed.Add(new FailedItem(operation.Name, operation.OperationId, step.Name, step.Number, step.TotalSteps, step.Text, step.End!.File, step.End.Line));
        }
    }

    public void OperationEnded(OperationRun operation)
    {
        NameFailedSteps(operation);
        _total++;
        switch (operation.Outcome)
        {
            case OperationOutcome.Succeeded:
                _succeeded++;
                break;
            case OperationOutcome.Failed:
                _failedCount++;
                if (!operation.HasFailedStep && !operation.HasGuessedFailedStep)
                {
                    // Failed or cancelled as a whole (COMPLETE with status=failed/cancelled): the operation is the finding.
                    var end = operation.End!;
                    var error = operation.Error ?? end.Value("status");
                    _failed.Add(new FailedItem(operation.Name, operation.OperationId, null, null, null, error, end.File, end.Line));
                }

                break;
            case OperationOutcome.Incomplete:
                _incompleteCount++;
                var at = operation.End ?? operation.LastEvent!;
                var last = operation.LastStep;
                // A batch's INTERRUPTED counts what was done when it stopped; its last PROGRESS may be seconds older.
                var counted = Count(operation.End, "processed") is not null ? operation.End : operation.LastProgress;
                _incomplete.Add(new IncompleteItem(
                    operation.Name, operation.OperationId, last?.Name, last?.Number ?? operation.End?.StepNumber, last?.TotalSteps ?? operation.TotalSteps,
                    operation.IncompleteReason, at.File, at.Line)
                {
                    Processed = Count(counted, "processed"),
                    Total = Count(counted, "total"),
                    CountedWhenStopped = counted is not null && counted == operation.End,
                });
                break;
        }
    }

    public void IssueFound(CorrelationIssue issue)
    {
        _issuesByFile.Add(issue);
        if (_issues.Count < MaxIssues)
        {
            _issues.Add(issue);
        }
    }

    private void NameFailedSteps(OperationRun operation)
    {
        for (var i = _unnamed.Count - 1; i >= 0; i--)
        {
            if (_unnamed[i].Operation == operation)
            {
                var index = _unnamed[i].Index;
                _failed[index] = _failed[index] with { Operation = operation.Name };
                _unnamed.RemoveAt(i);
            }
        }
    }

    public ReportResult Build(double slowMs, ReadStatistics statistics) => new(
        new OperationCounts(_total, _succeeded, _failedCount, _incompleteCount),
        _failed,
        _incomplete,
        _durations.Slow(slowMs),
        slowMs,
        _issues,
        _issuesByFile.Count,
        _issuesByFile.Files,
        statistics);

    private static long? Count(LogEvent? line, string key) =>
        line?.Value(key) is { } text && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : null;
}
