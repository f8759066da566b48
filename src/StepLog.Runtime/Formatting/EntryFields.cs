namespace StepLog;

/// <summary>The fields a StepLog entry exposes besides its metadata.</summary>
internal enum EntryField
{
    Operation,
    Step,
    StepNumber,
    TotalSteps,
    Depth,
    DurationMs,
    TotalDurationMs,
    Status,
    Error,
    Reason,
    LastStep,
    Message,
    Attempt,
}

/// <summary>Which fields each kind of line carries, and their names (the same as in the line's text).</summary>
internal static class EntryFields
{
    private static readonly EntryField[] OperationStart = [EntryField.Operation, EntryField.Depth];
    private static readonly EntryField[] StepStart = [EntryField.Operation, EntryField.Step, EntryField.StepNumber, EntryField.TotalSteps, EntryField.Depth];
    private static readonly EntryField[] StepSuccess = [.. StepStart, EntryField.Status, EntryField.DurationMs];
    private static readonly EntryField[] StepFailure = [.. StepStart, EntryField.Status, EntryField.Error, EntryField.DurationMs];
    private static readonly EntryField[] StepSkipped = [.. StepStart, EntryField.Status, EntryField.Reason];
    private static readonly EntryField[] StepWarning = [.. StepStart, EntryField.Status, EntryField.Message, EntryField.DurationMs];
    private static readonly EntryField[] StepRetry = [.. StepStart, EntryField.Status, EntryField.Attempt, EntryField.Error, EntryField.DurationMs];
    private static readonly EntryField[] OperationComplete = [EntryField.Operation, EntryField.Depth, EntryField.TotalDurationMs];
    private static readonly EntryField[] OperationIncomplete = [EntryField.Operation, EntryField.Depth, EntryField.Status, EntryField.LastStep, EntryField.TotalSteps, EntryField.TotalDurationMs];

    public static EntryField[] For(StepEvent kind) => kind switch
    {
        StepEvent.OperationStart => OperationStart,
        StepEvent.StepStart => StepStart,
        StepEvent.StepSuccess or StepEvent.StepCancelled => StepSuccess,
        StepEvent.StepFailure => StepFailure,
        StepEvent.StepSkipped => StepSkipped,
        StepEvent.StepWarning => StepWarning,
        StepEvent.StepRetry => StepRetry,
        StepEvent.OperationComplete => OperationComplete,
        _ => OperationIncomplete,
    };

    public static string Name(EntryField field) => field switch
    {
        EntryField.Operation => "operation",
        EntryField.Step => "step",
        EntryField.StepNumber => "step_number",
        EntryField.TotalSteps => "total_steps",
        EntryField.Depth => "depth",
        EntryField.DurationMs => "duration_ms",
        EntryField.TotalDurationMs => "total_duration_ms",
        EntryField.Status => "status",
        EntryField.Error => "error",
        EntryField.Reason => "reason",
        EntryField.Message => "message",
        EntryField.Attempt => "attempt",
        _ => "last_step",
    };

    public static string? Status(StepEvent kind) => kind switch
    {
        StepEvent.StepSuccess => "success",
        StepEvent.StepFailure => "failed",
        StepEvent.StepSkipped => "skipped",
        StepEvent.StepCancelled => "cancelled",
        StepEvent.OperationIncomplete => "incomplete",
        StepEvent.StepWarning => "warning",
        StepEvent.StepRetry => "retry",
        _ => null,
    };
}
