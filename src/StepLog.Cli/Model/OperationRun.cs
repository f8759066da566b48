using System;
using System.Collections.Generic;

namespace StepLog.Cli.Model;

/// <summary>
/// One run of an operation as the log shows it: START, its steps in order, the operations nested in them, and its end.
/// Built by <see cref="Correlator"/>; complete once <see cref="IOperationObserver.OperationEnded"/> has been called for it.
/// </summary>
internal sealed class OperationRun
{
    private readonly List<StepRun> _steps = [];
    private readonly List<OperationRun> _children = [];
    private readonly bool _keepTree;

    public OperationRun(string name, string? operationId, int? depth, string file, bool keepTree = true)
    {
        _keepTree = keepTree;
        Name = name;
        OperationId = operationId;
        Depth = depth;
        File = file;
    }

    public string Name { get; internal set; }

    public string? OperationId { get; }

    /// <summary>Its depth as the lines say it; null where they do not (Serilog text).</summary>
    public int? Depth { get; }

    public string File { get; }

    /// <summary>The START line; null when the log begins after it (only steps or the end were seen).</summary>
    public LogEvent? Start { get; internal set; }

    /// <summary>A batch's last PROGRESS line (its <c>processed</c> and <c>total</c> values): how far it got.</summary>
    public LogEvent? LastProgress { get; internal set; }

    /// <summary>The COMPLETE or INCOMPLETE line; null while running or when the file ended first.</summary>
    public LogEvent? End { get; internal set; }

    public OperationOutcome Outcome { get; internal set; } = OperationOutcome.Running;

    public IncompleteReason IncompleteReason { get; internal set; }

    /// <summary>The operation whose step called this one, if any.</summary>
    public OperationRun? Parent { get; internal set; }

    /// <summary>The step of <see cref="Parent"/> that was running when this one started.</summary>
    public StepRun? ParentStep { get; internal set; }

    /// <summary>Its steps, in the order they started (only the last one where the correlator does not keep the tree).</summary>
    public IReadOnlyList<StepRun> Steps => _steps;

    /// <summary>The last step that started, or null.</summary>
    public StepRun? LastStep => _steps.Count == 0 ? null : _steps[^1];

    /// <summary>The step now running, or null.</summary>
    public StepRun? RunningStep => LastStep is { Outcome: StepOutcome.Running } step ? step : null;

    /// <summary>N of its steps' <c>[n/N]</c>, from the first line that says it.</summary>
    public int? TotalSteps { get; internal set; }

    /// <summary>The <c>total_duration_ms</c> of its end line.</summary>
    public double? DurationMs => End?.DurationMs;

    /// <summary>The line where it begins in the log: its START, else the first line seen of it.</summary>
    public LogEvent? FirstEvent { get; internal set; }

    /// <summary>The last line of it seen so far.</summary>
    public LogEvent? LastEvent { get; internal set; }

    /// <summary>The error its end line reports (<c>error=…</c> on COMPLETE), if any.</summary>
    public string? Error => End?.Value("error");

    /// <summary>Whether its end says it failed or was cancelled (<c>status=failed</c>, <c>status=cancelled</c>).</summary>
    internal bool EndReportsFailure =>
        End?.Value("status") is { } status
        && (string.Equals(status, "failed", StringComparison.OrdinalIgnoreCase) || string.Equals(status, "cancelled", StringComparison.OrdinalIgnoreCase));

    /// <summary>Operations started inside it, one level deeper, whether in a step (see <see cref="StepRun.Children"/>) or not.</summary>
    public IReadOnlyList<OperationRun> Children => _children;

    /// <summary>Whether a step of it FAILED.</summary>
    public bool HasFailedStep { get; internal set; }

    /// <summary>
    /// Whether a step line placed in it by a guess (parallel runs without ids) FAILED: reported, but the run's COMPLETE
    /// decides its outcome, as that failure may be another run's.
    /// </summary>
    public bool HasGuessedFailedStep { get; internal set; }

    /// <summary>Whether the name comes from no line: a step line of text, which does not name its operation, with no START before it.</summary>
    public bool NameUnknown { get; internal set; }

    internal void AddStep(StepRun step)
    {
        if (!_keepTree)
        {
            // A report needs only the step now running: an operation of a million steps must not hold them all.
            _steps.Clear();
        }

        _steps.Add(step);
    }

    internal void AddChild(OperationRun child)
    {
        if (_keepTree)
        {
            _children.Add(child);
            child.ParentStep?.AddChild(child);
        }
    }
}
