namespace StepLog.Records;

/// <summary>The two questions every consumer asks of a status, answered in one place.</summary>
public static class StepStatusFacts
{
    internal static readonly StepStatus[] All =
        [StepStatus.Pending, StepStatus.Running, StepStatus.Success, StepStatus.Warning, StepStatus.Error, StepStatus.Failed, StepStatus.Skipped];

    /// <summary>Every status, in declaration order (a new array each call).</summary>
    public static StepStatus[] AllStatuses() => (StepStatus[])All.Clone();

    /// <summary>True for the statuses that end a step: Success, Warning, Failed, Skipped.</summary>
    /// <param name="status">The status.</param>
    public static bool IsTerminal(this StepStatus status) =>
        status is StepStatus.Success or StepStatus.Warning or StepStatus.Failed or StepStatus.Skipped;

    /// <summary>True for the error statuses: Error (recoverable) and Failed (final).</summary>
    /// <param name="status">The status.</param>
    public static bool IsError(this StepStatus status) => status is StepStatus.Error or StepStatus.Failed;
}
