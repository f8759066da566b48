namespace StepLog;

/// <summary>
/// What every StepLog log entry's state offers beyond its key/value pairs, for formatters and sinks that want to
/// render StepLog lines their own way (the <c>steplog</c> console formatter uses it for symbols and indentation).
/// </summary>
public interface IStepLogEntry
{
    /// <summary>The kind of line.</summary>
    StepEvent Kind { get; }

    /// <summary>The operation's name.</summary>
    string OperationName { get; }

    /// <summary>The step's name; null on operation lines.</summary>
    string? StepName { get; }

    /// <summary>The step's number; 0 on operation lines.</summary>
    int StepNumber { get; }

    /// <summary>The operation's number of steps; 0 when unknown.</summary>
    int TotalSteps { get; }

    /// <summary>How deep the operation is nested: 0 for a top-level operation.</summary>
    int Depth { get; }

    /// <summary>The step's or operation's duration in milliseconds, where the line has one.</summary>
    double? DurationMs { get; }

    /// <summary>
    /// The id of the operation run the line belongs to (16 lowercase hex digits, the <c>operation_id</c> field): an
    /// operation's run, or a batch's (its START, item, PROGRESS and last lines); null for a line of no run.
    /// </summary>
    string? OperationId { get; }

    /// <summary>Renders the line with the given symbols.</summary>
    string Format(StepSymbols symbols);
}
