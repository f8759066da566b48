using System.Collections.Generic;

namespace StepLog.Cli.Model;

/// <summary>One run of a step inside an operation run: its start and end lines, retries, and the operations called in it.</summary>
internal sealed class StepRun
{
    private readonly List<LogEvent> _retries = [];
    private readonly List<OperationRun> _children = [];

    public StepRun(OperationRun operation, int number, string name)
    {
        Operation = operation;
        Number = number;
        Name = name;
    }

    public OperationRun Operation { get; }

    public int Number { get; }

    public string Name { get; }

    /// <summary>N of <c>[n/N]</c>, when the lines say it.</summary>
    public int? TotalSteps { get; internal set; }

    /// <summary>The start line; null where the log has only the end (a step skipped without starting, a log cut before it).</summary>
    public LogEvent? Start { get; internal set; }

    /// <summary>The line that ended it (SUCCESS, FAILED, SKIPPED, CANCELLED, WARNING); null while running or unfinished.</summary>
    public LogEvent? End { get; internal set; }

    public StepOutcome Outcome { get; internal set; } = StepOutcome.Running;

    /// <summary>The RETRY lines, in order.</summary>
    public IReadOnlyList<LogEvent> Retries => _retries;

    /// <summary>Operations started while this step ran, one level deeper.</summary>
    public IReadOnlyList<OperationRun> Children => _children;

    /// <summary>The duration its end line reports.</summary>
    public double? DurationMs => End?.DurationMs;

    /// <summary>The failure's message, the skip's reason or the warning's message.</summary>
    public string? Text => End?.Text;

    internal void AddRetry(LogEvent retry) => _retries.Add(retry);

    internal void AddChild(OperationRun child) => _children.Add(child);
}
