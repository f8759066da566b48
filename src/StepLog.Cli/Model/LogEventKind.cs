using StepLog.Shared;

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

    /// <summary>
    /// A batch's own <c>WARNING</c> (a <c>StepWarning</c> line without a step): something it could not do for itself,
    /// such as write its progress file; it neither starts nor ends anything.
    /// </summary>
    OperationWarning,
}

internal static class LogEventKinds
{
    public static bool IsOperation(this LogEventKind kind) =>
        kind is LogEventKind.OperationStart or LogEventKind.OperationComplete or LogEventKind.OperationIncomplete
            or LogEventKind.OperationInterrupted;

    /// <summary>A line that names its operation: the operation's own lines and a batch's PROGRESS and WARNING.</summary>
    public static bool NamesOperation(this LogEventKind kind) =>
        kind.IsOperation() || kind is LogEventKind.OperationProgress or LogEventKind.OperationWarning;

    /// <summary>A line that ends a step: every step line but its start and a retry (after which the step goes on).</summary>
    public static bool EndsStep(this LogEventKind kind) =>
        kind is LogEventKind.StepSuccess or LogEventKind.StepFailed or LogEventKind.StepSkipped
            or LogEventKind.StepCancelled or LogEventKind.StepWarning;

    /// <summary>
    /// The kind of a <c>StepEvent</c> event id, as JSON and Serilog entries carry it (<see cref="LineEvents"/>).
    /// </summary>
    public static LogEventKind? FromEventId(long id) => LineEvents.TryKind(id, out var kind) ? FromLineKind(kind) : null;

    /// <summary>The tool's kind for a kind of line of the contract.</summary>
    public static LogEventKind FromLineKind(LineKind kind) => kind switch
    {
        LineKind.OperationStart => LogEventKind.OperationStart,
        LineKind.StepStart => LogEventKind.StepStart,
        LineKind.StepSuccess => LogEventKind.StepSuccess,
        LineKind.StepFailure => LogEventKind.StepFailed,
        LineKind.StepSkipped => LogEventKind.StepSkipped,
        LineKind.StepCancelled => LogEventKind.StepCancelled,
        LineKind.OperationComplete => LogEventKind.OperationComplete,
        LineKind.OperationIncomplete => LogEventKind.OperationIncomplete,
        LineKind.StepWarning => LogEventKind.StepWarning,
        LineKind.StepRetry => LogEventKind.StepRetry,
        LineKind.BatchProgress => LogEventKind.OperationProgress,
        _ => LogEventKind.OperationInterrupted,
    };

    /// <summary>The status word of the line, as StepLog writes it in its structured fields and the tool prints it.</summary>
    public static string StatusWord(this LogEventKind kind) => kind switch
    {
        LogEventKind.OperationStart or LogEventKind.StepStart => LineStatus.Started,
        LogEventKind.OperationComplete => LineStatus.Complete,
        LogEventKind.OperationIncomplete => LineStatus.Incomplete,
        LogEventKind.OperationInterrupted => LineStatus.Interrupted,
        LogEventKind.OperationProgress => LineStatus.Progress,
        LogEventKind.StepSuccess => LineStatus.Success,
        LogEventKind.StepFailed => LineStatus.Failed,
        LogEventKind.StepSkipped => LineStatus.Skipped,
        LogEventKind.StepCancelled => LineStatus.Cancelled,
        LogEventKind.StepWarning or LogEventKind.OperationWarning => LineStatus.Warning,
        _ => LineStatus.Retry,
    };
}
