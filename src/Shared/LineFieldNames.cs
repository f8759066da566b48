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
