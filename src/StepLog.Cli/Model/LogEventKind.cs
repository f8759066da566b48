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
}

internal static class LogEventKinds
{
    public static bool IsOperation(this LogEventKind kind) =>
        kind is LogEventKind.OperationStart or LogEventKind.OperationComplete or LogEventKind.OperationIncomplete;

    /// <summary>A line that ends a step: every step line but its start and a retry (after which the step goes on).</summary>
    public static bool EndsStep(this LogEventKind kind) =>
        kind is LogEventKind.StepSuccess or LogEventKind.StepFailed or LogEventKind.StepSkipped
            or LogEventKind.StepCancelled or LogEventKind.StepWarning;

    /// <summary>The kind of a <c>StepEvent</c> event id (1 to 10), as JSON and Serilog entries carry it.</summary>
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
        _ => null,
    };

    /// <summary>The status word of the line, as StepLog writes it in its structured fields and the tool prints it.</summary>
    public static string StatusWord(this LogEventKind kind) => kind switch
    {
        LogEventKind.OperationStart or LogEventKind.StepStart => "started",
        LogEventKind.OperationComplete => "complete",
        LogEventKind.OperationIncomplete => "incomplete",
        LogEventKind.StepSuccess => "success",
        LogEventKind.StepFailed => "failed",
        LogEventKind.StepSkipped => "skipped",
        LogEventKind.StepCancelled => "cancelled",
        LogEventKind.StepWarning => "warning",
        _ => "retry",
    };
}
