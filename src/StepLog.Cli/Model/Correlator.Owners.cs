using System;
using System.Globalization;

namespace StepLog.Cli.Model;

/// <summary>
/// Which open run a line belongs to, and opening one where none can take it; what the correlator reports when it can
/// only guess (parallel runs without an operation id).
/// </summary>
internal sealed partial class Correlator
{
    /// <summary>
    /// Whether a file named as the roll of the current one starts before the current one's last line: it was written at
    /// the same time, so it is a parallel worker's (<c>worker_1.log</c>, <c>worker_2.log</c>), not the current file's
    /// continuation. Without times on both sides the name decides.
    /// </summary>
    private bool StartedBeside(LogEvent line) =>
        line.Timestamp is { } start && _fileLastTime is { } previousEnd && start < previousEnd;

    /// <summary>The operation a step line belongs to; one is opened for it when none can take it.</summary>
    private OperationRun Owner(LogEvent line, Func<OperationRun, LogEvent, bool> fits)
    {
        _ownerGuessed = false;
        if (line.OperationId is { } id)
        {
            return _byId.TryGetValue(id, out var exact) ? exact : Open(line.Operation ?? UnknownOperation, line);
        }

        _candidates.Clear();
        OperationRun? sameTotal = null, totalUnknown = null, innermost = null;
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var operation = _open[i];
            if (!SameDepth(operation, line) || (line.Operation is { } name && !string.Equals(operation.Name, name, StringComparison.Ordinal)))
            {
                continue;
            }

            // Where no run fits, the line's total decides: a batch's item [162/500] goes to the batch of 500, not to an
            // item's operation of 3 steps running beside it.
            var total = OwnerClues.ExpectedTotal(operation);
            if (line.TotalSteps is not null && total == line.TotalSteps)
            {
                sameTotal ??= operation;
            }
            else if (total is null)
            {
                totalUnknown ??= operation;
            }

            innermost ??= operation;
            if (fits(operation, line))
            {
                _candidates.Add(operation);
            }
        }

        if (_candidates.Count > 1)
        {
            OwnerClues.Narrow(_candidates, line);
        }

        if (_candidates.Count > 1)
        {
            _ownerGuessed = true;
            Report(line, $"{CorrelationIssueText.Describe(line)} could belong to {CorrelationIssueText.Names(_candidates)}: parallel operations without an operation id; placed in the likeliest");
        }

        return _candidates.Count > 0 ? _candidates[0] : sameTotal ?? totalUnknown ?? innermost ?? Open(line.Operation ?? UnknownOperation, line);
    }

    private OperationRun? FindToEnd(LogEvent line)
    {
        _candidates.Clear();
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var operation = _open[i];
            if (SameDepth(operation, line) && (operation.NameUnknown || string.Equals(operation.Name, line.Operation, StringComparison.Ordinal)))
            {
                _candidates.Add(operation);
            }
        }

        if (_candidates.Count > 1 && !_candidates[0].NameUnknown)
        {
            Report(line, $"{CorrelationIssueText.Describe(line)} could end {CorrelationIssueText.Names(_candidates)}: parallel runs of one operation without an operation id; ended the innermost that agrees with it");
            return AgreeingWith(line) ?? _candidates[0];
        }

        return _candidates.Count > 0 ? _candidates[0] : null;
    }

    /// <summary>
    /// Of the runs an end could close, the innermost whose steps say what the end says: a failed end closes a run that
    /// holds a failed step, a successful one a run that holds none and has no step still running. Without this, runs
    /// whose results and ends interleave would be closed innermost first, and a failed step reported in a run that ended
    /// well beside a failed run without one. Null when none agrees (the innermost is the guess then).
    /// </summary>
    private OperationRun? AgreeingWith(LogEvent line)
    {
        var failed = string.Equals(line.Value("status"), "failed", StringComparison.OrdinalIgnoreCase);
        var succeeded = string.Equals(line.Value("status"), "success", StringComparison.OrdinalIgnoreCase);
        foreach (var operation in _candidates)
        {
            var holdsFailure = operation.HasFailedStep || operation.HasGuessedFailedStep;
            if ((failed && holdsFailure) || (succeeded && !holdsFailure && operation.RunningStep is null))
            {
                return operation;
            }
        }

        return null;
    }

    private OperationRun Open(string name, LogEvent line)
    {
        var operation = new OperationRun(name, line.OperationId, line.Depth, line.File, _keepTree)
        {
            NameUnknown = line.Operation is null,
            FirstEvent = line,
            LastEvent = line,
        };
        var parent = OwnerClues.ParentOf(_open, line);
        if (parent is not null)
        {
            operation.Parent = parent;
            operation.ParentStep = parent.RunningStep;
            parent.AddChild(operation);
        }

        _open.Add(operation);
        if (line.OperationId is { } id)
        {
            _byId[id] = operation;
        }

        return operation;
    }

    private void WarnIfParallel(LogEvent line)
    {
        if (OwnerClues.OpenBeside(_open, line) is { } operation)
        {
            Report(line, $"operation '{line.Operation}' starts while '{operation.Name}' (line {operation.FirstEvent?.Line.ToString(CultureInfo.InvariantCulture)}) is still open beside it: parallel operations without an operation id (or one that never ended); their step lines may be mixed up");
        }
    }

    private void Report(LogEvent line, string message) => _observer.IssueFound(new CorrelationIssue(line.File, line.Line, message));

    private static bool SameDepth(OperationRun operation, LogEvent line) =>
        operation.Depth is null || line.Depth is null || operation.Depth == line.Depth;

    private static bool SameTotal(OperationRun operation, LogEvent line) =>
        operation.TotalSteps is null || line.TotalSteps is null || operation.TotalSteps == line.TotalSteps;
}
