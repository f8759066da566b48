using System;
using System.Collections.Generic;

namespace StepLog.Cli.Model;

/// <summary>
/// Builds operation runs from parsed lines, in the order they were read. A line with an operation id belongs to the run
/// of that id, exactly. A line without one belongs to the innermost open operation at its depth that can take it (a
/// step start goes to one with no step running, a step's end to the one running that step, COMPLETE to the one of that
/// name); where more than one could, the lines of parallel operations are interleaved and cannot be untangled from the
/// text alone: the correlator takes the likeliest (<see cref="OwnerClues"/>: step order, the times and durations
/// written, a batch's total; else the innermost) and reports a <see cref="CorrelationIssue"/>. Each file is read on
/// its own, except that a rolled file continues the one before it: an operation still open when its file ends was
/// cut off (a crash, a kill).
/// </summary>
internal sealed partial class Correlator
{
    /// <summary>The name given to an operation known only from text step lines, which do not name it.</summary>
    public const string UnknownOperation = "(unknown operation)";

    private readonly IOperationObserver _observer;
    private readonly bool _keepTree;

    // Open operations, in the order they started: the innermost one is the latest that fits.
    private readonly List<OperationRun> _open = [];
    private readonly Dictionary<string, OperationRun> _byId = new(StringComparer.Ordinal);
    private readonly List<OperationRun> _candidates = [];
    private string? _file;

    // Whether the last step line's run was chosen among several that could take it.
    private bool _ownerGuessed;

    // The latest time a line of the current file carries: a file that starts before it was written beside that file.
    private DateTimeOffset? _fileLastTime;

    /// <param name="observer">Receives lines, steps, operations and issues as they become final.</param>
    /// <param name="keepTree">
    /// Whether operations keep all their steps and the operations nested in them (for a timeline). Without it an
    /// operation keeps only its last step, and memory is bounded by the operations open at one time.
    /// </param>
    public Correlator(IOperationObserver observer, bool keepTree = true)
    {
        _observer = observer;
        _keepTree = keepTree;
    }

    /// <summary>How many operations are open now.</summary>
    public int OpenOperations => _open.Count;

    /// <summary>
    /// Places one line. A line of another file than the previous one first ends that file, unless the new file
    /// continues it (a rolled file, see <see cref="RolledFiles"/>): then its open operations go on.
    /// </summary>
    public void Add(LogEvent line)
    {
        if (!string.Equals(_file, line.File, StringComparison.Ordinal))
        {
            if (!RolledFiles.Continues(_file, line.File) || StartedBeside(line))
            {
                EndOfFile();
            }

            _file = line.File;
        }

        if (line.Timestamp is { } time && (_fileLastTime is null || time > _fileLastTime))
        {
            _fileLastTime = time;
        }

        switch (line.Kind)
        {
            case LogEventKind.OperationStart:
                _observer.EventRead(line, StartOperation(line), null);
                break;
            case LogEventKind.OperationComplete:
            case LogEventKind.OperationIncomplete:
            case LogEventKind.OperationInterrupted:
                _observer.EventRead(line, EndOperation(line), null);
                break;
            case LogEventKind.OperationProgress:
            case LogEventKind.OperationWarning:
                _observer.EventRead(line, Progress(line), null);
                break;
            case LogEventKind.StepStart:
                var started = StartStep(line);
                _observer.EventRead(line, started.Operation, started);
                break;
            default:
                var step = StepLine(line);
                _observer.EventRead(line, step.Operation, step);
                break;
        }
    }

    /// <summary>Ends the input (or the current file): every operation still open was cut off, innermost first.</summary>
    public void EndOfFile()
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var operation = _open[i];
            CloseRunningStep(operation);
            operation.Outcome = OperationOutcome.Incomplete;
            operation.IncompleteReason = IncompleteReason.CutOff;
            _observer.OperationEnded(operation);
        }

        _open.Clear();
        _byId.Clear();
        _file = null;
        _fileLastTime = null;
    }

    private OperationRun StartOperation(LogEvent line)
    {
        if (line.OperationId is null)
        {
            WarnIfParallel(line);
        }

        var operation = Open(line.Operation ?? UnknownOperation, line);
        operation.Start = line;
        return operation;
    }

    private OperationRun EndOperation(LogEvent line)
    {
        var operation = line.OperationId is { } id && _byId.TryGetValue(id, out var byId)
            ? byId
            : line.OperationId is null ? FindToEnd(line) : null;
        operation ??= Open(line.Operation ?? UnknownOperation, line);

        operation.LastEvent = line;
        operation.End = line;
        if (operation.NameUnknown && line.Operation is { } name)
        {
            operation.Name = name;
            operation.NameUnknown = false;
        }

        CloseRunningStep(operation);
        operation.IncompleteReason = line.Kind switch
        {
            LogEventKind.OperationIncomplete => IncompleteReason.Reported,
            LogEventKind.OperationInterrupted => IncompleteReason.Interrupted,
            _ => IncompleteReason.None,
        };
        operation.Outcome = operation.IncompleteReason != IncompleteReason.None
            ? OperationOutcome.Incomplete
            : operation.EndReportsFailure || operation.HasFailedStep ? OperationOutcome.Failed : OperationOutcome.Succeeded;

        _open.Remove(operation);
        if (operation.OperationId is { } key)
        {
            _byId.Remove(key);
        }

        _observer.OperationEnded(operation);
        return operation;
    }

    // A batch's PROGRESS or WARNING: its run (by id, else the innermost open one of its name and depth); a PROGRESS
    // says it has done that many items.
    private OperationRun Progress(LogEvent line)
    {
        var operation = line.OperationId is { } id
            ? _byId.GetValueOrDefault(id)
            : _open.FindLast(open => SameDepth(open, line) && string.Equals(open.Name, line.Operation, StringComparison.Ordinal));
        operation ??= Open(line.Operation ?? UnknownOperation, line);
        operation.LastEvent = line;
        if (line.Kind == LogEventKind.OperationProgress)
        {
            operation.LastProgress = line;
        }

        return operation;
    }

    private StepRun StartStep(LogEvent line)
    {
        var operation = Owner(line, static (op, l) => op.RunningStep is null && SameTotal(op, l));
        CloseRunningStep(operation);
        var step = NewStep(operation, line);
        step.Start = line;
        return step;
    }

    // A step's end, or a retry (which leaves the step running).
    private StepRun StepLine(LogEvent line)
    {
        var operation = Owner(line, static (op, l) => op.RunningStep is { } running && running.Number == l.StepNumber
            && string.Equals(running.Name, l.Step, StringComparison.Ordinal));
        var step = operation.RunningStep;
        if (step is null || step.Number != line.StepNumber || !string.Equals(step.Name, line.Step, StringComparison.Ordinal))
        {
            // An end without its start: a step skipped before it ran, or a log that begins in the middle of the step.
            CloseRunningStep(operation);
            step = NewStep(operation, line);
        }

        if (line.Kind == LogEventKind.StepRetry)
        {
            step.AddRetry(line);
            return step;
        }

        step.End = line;
        step.Outcome = line.Kind switch
        {
            LogEventKind.StepSuccess => StepOutcome.Succeeded,
            LogEventKind.StepFailed => StepOutcome.Failed,
            LogEventKind.StepSkipped => StepOutcome.Skipped,
            LogEventKind.StepCancelled => StepOutcome.Cancelled,
            _ => StepOutcome.Warning,
        };
        if (step.Outcome == StepOutcome.Failed)
        {
            // A failure placed by a guess does not outvote the run's own COMPLETE: it may be another run's.
            if (_ownerGuessed)
            {
                operation.HasGuessedFailedStep = true;
            }
            else
            {
                operation.HasFailedStep = true;
            }
        }

        _observer.StepEnded(step);
        return step;
    }

    private static StepRun NewStep(OperationRun operation, LogEvent line)
    {
        var step = new StepRun(operation, line.StepNumber ?? 0, line.Step ?? string.Empty) { TotalSteps = line.TotalSteps };
        operation.TotalSteps ??= line.TotalSteps;
        operation.LastEvent = line;
        operation.AddStep(step);
        return step;
    }

    private void CloseRunningStep(OperationRun operation)
    {
        if (operation.RunningStep is { } running)
        {
            running.Outcome = StepOutcome.Unfinished;
            _observer.StepEnded(running);
        }
    }
}
