namespace StepLog.Shared;

/// <summary>
/// The event id and name of each kind of line (the id is the kind's number, the name the runtime's <c>StepEvent</c>
/// member's), and the status word the line carries. One table for the runtime, which writes them, and the steplog
/// tool, which reads them back from JSON and Serilog entries.
/// </summary>
internal static class LineEvents
{
    /// <summary>The highest event id StepLog writes.</summary>
    public const int LastId = (int)LineKind.BatchInterrupted;

    private static readonly string[] Names =
    [
        "",
        nameof(LineKind.OperationStart),
        nameof(LineKind.StepStart),
        nameof(LineKind.StepSuccess),
        nameof(LineKind.StepFailure),
        nameof(LineKind.StepSkipped),
        nameof(LineKind.StepCancelled),
        nameof(LineKind.OperationComplete),
        nameof(LineKind.OperationIncomplete),
        nameof(LineKind.StepWarning),
        nameof(LineKind.StepRetry),
        nameof(LineKind.BatchProgress),
        nameof(LineKind.BatchInterrupted),
    ];

    /// <summary>The event name of a kind of line, as its entries carry it (<c>EventId.Name</c>).</summary>
    public static string Name(LineKind kind) => Names[(int)kind];

    /// <summary>The kind whose event id is <paramref name="id"/>; false for an id StepLog does not write.</summary>
    public static bool TryKind(long id, out LineKind kind)
    {
        kind = (LineKind)id;
        return id >= 1 && id <= LastId;
    }
}

/// <summary>
/// The status words of StepLog's lines, records, metrics and progress files: the <c>status</c> field of the lines
/// that have one (see <see cref="ForLine"/>), and the words the steplog tool prints for the others.
/// </summary>
internal static class LineStatus
{
    public const string Started = "started";
    public const string Success = "success";
    public const string Failed = "failed";
    public const string Skipped = "skipped";
    public const string Cancelled = "cancelled";
    public const string Warning = "warning";
    public const string Retry = "retry";
    public const string Complete = "complete";
    public const string Incomplete = "incomplete";
    public const string Interrupted = "interrupted";
    public const string Progress = "progress";

    /// <summary>A batch item still running when its batch stopped waiting for it (a <c>StepCancelled</c> line).</summary>
    public const string Abandoned = "abandoned";

    /// <summary>A batch item that ran past its timeout, as the <c>steplog.batch.items</c> metric counts it (its line is FAILED).</summary>
    public const string TimedOut = "timeout";

    /// <summary>The <c>status</c> field StepLog writes on a line of the kind; null on the lines without one.</summary>
    public static string? ForLine(LineKind kind) => kind switch
    {
        LineKind.StepSuccess => Success,
        LineKind.StepFailure => Failed,
        LineKind.StepSkipped => Skipped,
        LineKind.StepCancelled => Cancelled,
        LineKind.OperationIncomplete => Incomplete,
        LineKind.StepWarning => Warning,
        LineKind.StepRetry => Retry,
        _ => null,
    };

    /// <summary>The word for what a line of the kind says, for the lines with a status field and those without.</summary>
    public static string Word(LineKind kind) => ForLine(kind) ?? kind switch
    {
        LineKind.OperationStart or LineKind.StepStart => Started,
        LineKind.OperationComplete => Complete,
        LineKind.BatchInterrupted => Interrupted,
        _ => Progress,
    };
}

/// <summary>
/// The words a line shows after its symbol: <c>START: {operation}</c>, <c>[n/N] {step} - SUCCESS</c>. The runtime writes
/// them (one renderer for operation, step and batch lines) and the steplog tool reads lines by them.
/// </summary>
internal static class LineWords
{
    public const string Start = "START";
    public const string Success = "SUCCESS";
    public const string Failed = "FAILED";
    public const string Skipped = "SKIPPED";
    public const string Cancelled = "CANCELLED";
    public const string Warning = "WARNING";
    public const string Retry = "RETRY";
    public const string Complete = "COMPLETE";
    public const string Incomplete = "INCOMPLETE";
    public const string Progress = "PROGRESS";
    public const string Interrupted = "INTERRUPTED";

    /// <summary>A batch item still running when its batch stopped waiting for it, on its <c>StepCancelled</c> line.</summary>
    public const string Abandoned = "ABANDONED";
}
