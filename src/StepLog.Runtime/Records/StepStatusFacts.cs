namespace StepLog.Records;

/// <summary>The two questions every consumer asks of a status, answered in one place.</summary>
/// <remarks>
/// Internal (the first-party stores and health checks see it through InternalsVisibleTo): users and third-party store
/// authors ask <see cref="StepRecord.IsTerminal"/> and <see cref="StepRecord.IsError"/>, which answer from here.
/// </remarks>
internal static class StepStatusFacts
{
    /// <summary>Every status, in declaration order; shared, so never handed out.</summary>
    public static readonly StepStatus[] All =
        [StepStatus.Pending, StepStatus.Running, StepStatus.Success, StepStatus.Warning, StepStatus.Error, StepStatus.Failed, StepStatus.Skipped];

    /// <summary>True for the statuses that end a step: Success, Warning, Failed, Skipped.</summary>
    /// <param name="status">The status.</param>
    public static bool IsTerminal(this StepStatus status) =>
        status is StepStatus.Success or StepStatus.Warning or StepStatus.Failed or StepStatus.Skipped;

    /// <summary>True for the error statuses: Error (recoverable) and Failed (final).</summary>
    /// <param name="status">The status.</param>
    public static bool IsError(this StepStatus status) => status is StepStatus.Error or StepStatus.Failed;
}
