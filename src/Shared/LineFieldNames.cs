namespace StepLog.Shared;

/// <summary>
/// The names of the fields StepLog writes on its lines, the same in a line's text and in its structured state, and
/// read back under these names by the steplog tool. Which of them are StepLog's on which kind of line is
/// <see cref="LineKeyRules"/>'s.
/// </summary>
internal static class LineFieldNames
{
    public const string Operation = "operation";
    public const string OperationId = "operation_id";
    public const string Step = "step";
    public const string StepNumber = "step_number";
    public const string TotalSteps = "total_steps";
    public const string Depth = "depth";
    public const string DurationMs = "duration_ms";
    public const string TotalDurationMs = "total_duration_ms";
    public const string Status = "status";
    public const string Error = "error";
    public const string Reason = "reason";
    public const string LastStep = "last_step";
    public const string Message = "message";
    public const string Attempt = "attempt";
    public const string TraceId = "trace_id";
    public const string SpanId = "span_id";
    public const string Subject = "subject";

    /// <summary>A batch item line's item id (with its <see cref="StepNumber"/> and <see cref="TotalSteps"/>).</summary>
    public const string Item = "item";
}

/// <summary>The fields of a batch's progress file, written by the runtime and read by <c>steplog watch</c>.</summary>
internal static class ProgressFileFields
{
    public const string Operation = "operation";
    public const string OperationId = "operation_id";
    public const string Status = "status";
    public const string Processed = "processed";
    public const string Total = "total";
    public const string Percentage = "percentage";
    public const string RatePerSecond = "rate_per_second";
    public const string ElapsedSeconds = "elapsed_seconds";
    public const string EtaSeconds = "eta_seconds";
    public const string CurrentItem = "current_item";
    public const string Timestamp = "timestamp";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
    public const string Resumed = "resumed";
    public const string ProcessId = "pid";
}

/// <summary>
/// The <c>status</c> of a batch's progress file (<see cref="ProgressFileFields.Status"/>): running while it runs, then
/// how it ended, as its last line says it (completed: COMPLETE; interrupted: INTERRUPTED; failed: it threw).
/// </summary>
internal static class ProgressFileStatus
{
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Interrupted = "interrupted";
    public const string Failed = "failed";
}

/// <summary>
/// The fields of a batch's own lines (START, PROGRESS, COMPLETE, INTERRUPTED), besides those every line has
/// (<see cref="LineFieldNames"/>): the progress file's words where the two tell the same, so that a reader of either
/// reads the other.
/// </summary>
internal static class BatchLineFields
{
    public const string Total = ProgressFileFields.Total;
    public const string Resumed = ProgressFileFields.Resumed;
    public const string Processed = ProgressFileFields.Processed;
    public const string Percentage = ProgressFileFields.Percentage;
    public const string RatePerSecond = ProgressFileFields.RatePerSecond;
    public const string ElapsedSeconds = ProgressFileFields.ElapsedSeconds;
    public const string EtaSeconds = ProgressFileFields.EtaSeconds;
    public const string Succeeded = ProgressFileFields.Succeeded;
    public const string Failed = ProgressFileFields.Failed;

    /// <summary>COMPLETE's share of the processed items that succeeded, in percent.</summary>
    public const string SuccessRate = "success_rate";

    /// <summary>INTERRUPTED's count of the items abandoned, only when there are some.</summary>
    public const string Abandoned = "abandoned";
}
