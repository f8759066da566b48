namespace StepLog.Cli.Model;

/// <summary>The kinds of StepLog line the tool understands, whatever format they were written in.</summary>
internal enum LogEventKind
{
    OperationStart,
    OperationComplete,
    OperationIncomplete,
    StepStart,
    StepSuccess,
    StepFailed,
    StepSkipped,
    StepCancelled,
    StepWarning,
    StepRetry,

    /// <summary>A batch's <c>INTERRUPTED</c>: it was stopped (a signal, its timeout, its caller) before all its items ran.</summary>
    OperationInterrupted,

    /// <summary>A batch's <c>PROGRESS</c>: how many of its items are done; it neither starts nor ends anything.</summary>
    OperationProgress,
}

internal static class LogEventKinds
{
    public static bool IsOperation(this LogEventKind kind) =>
        kind is LogEventKind.OperationStart or LogEventKind.OperationComplete or LogEventKind.OperationIncomplete
            or LogEventKind.OperationInterrupted;

    /// <summary>A line that names its operation: the operation's own lines and a batch's PROGRESS.</summary>
    public static bool NamesOperation(this LogEventKind kind) => kind.IsOperation() || kind == LogEventKind.OperationProgress;

    /// <summary>A line that ends a step: every step line but its start and a retry (after which the step goes on).</summary>
    public static bool EndsStep(this LogEventKind kind) =>
        kind is LogEventKind.StepSuccess or LogEventKind.StepFailed or LogEventKind.StepSkipped
            or LogEventKind.StepCancelled or LogEventKind.StepWarning;

    /// <summary>
    /// The kind of a <c>StepEvent</c> event id, as JSON and Serilog entries carry it: 1 to 10, and a batch's PROGRESS
    /// (11) and INTERRUPTED (12).
    /// </summary>
    public static LogEventKind? FromEventId(long id) => id switch
    {
        1 => LogEventKind.OperationStart,
        2 => LogEventKind.StepStart,
        3 => LogEventKind.StepSuccess,
        4 => LogEventKind.StepFailed,
        5 => LogEventKind.StepSkipped,
        6 => LogEventKind.StepCancelled,
        7 => LogEventKind.OperationComplete,
        8 => LogEventKind.OperationIncomplete,
        9 => LogEventKind.StepWarning,
        10 => LogEventKind.StepRetry,
        11 => LogEventKind.OperationProgress,
        12 => LogEventKind.OperationInterrupted,
        _ => null,
    };

    /// <summary>The status word of the line, as StepLog writes it in its structured fields and the tool prints it.</summary>
    public static string StatusWord(this LogEventKind kind) => kind switch
    {
        LogEventKind.OperationStart or LogEventKind.StepStart => "started",
        LogEventKind.OperationComplete => "complete",
        LogEventKind.OperationIncomplete => "incomplete",
        LogEventKind.OperationInterrupted => "interrupted",
        LogEventKind.OperationProgress => "progress",
        LogEventKind.StepSuccess => "success",
        LogEventKind.StepFailed => "failed",
        LogEventKind.StepSkipped => "skipped",
        LogEventKind.StepCancelled => "cancelled",
        LogEventKind.StepWarning => "warning",
        _ => "retry",
    };
}
