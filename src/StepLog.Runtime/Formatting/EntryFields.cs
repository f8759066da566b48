using StepLog.Shared;

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
        EntryField.Operation => LineFieldNames.Operation,
        EntryField.Step => LineFieldNames.Step,
        EntryField.StepNumber => LineFieldNames.StepNumber,
        EntryField.TotalSteps => LineFieldNames.TotalSteps,
        EntryField.Depth => LineFieldNames.Depth,
        EntryField.DurationMs => LineFieldNames.DurationMs,
        EntryField.TotalDurationMs => LineFieldNames.TotalDurationMs,
        EntryField.Status => LineFieldNames.Status,
        EntryField.Error => LineFieldNames.Error,
        EntryField.Reason => LineFieldNames.Reason,
        EntryField.Message => LineFieldNames.Message,
        EntryField.Attempt => LineFieldNames.Attempt,
        _ => LineFieldNames.LastStep,
    };

    public static string? Status(StepEvent kind) => LineStatus.ForLine((LineKind)kind);
}
