using Microsoft.Extensions.Logging;

namespace StepLog.Samples.Workflow;

/// <summary>The workflow's plain lines. The Debug ones only reach the session file; the console shows Information and up.</summary>
internal static partial class WorkflowLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "=== SESSION STARTED: {SessionId} ===")]
    public static partial void SessionStarted(ILogger logger, string sessionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "=== SESSION ENDED: {SessionId} ({Status}) ===")]
    public static partial void SessionEnded(ILogger logger, string sessionId, string status);

    [LoggerMessage(Level = LogLevel.Debug, Message = "[ENV] {Name}: {Value}")]
    public static partial void Setting(ILogger logger, string name, string value);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Snapshot received for {Market}: seq={Sequence}, {Side} {Price} x{Quantity}")]
    public static partial void Snapshot(ILogger logger, string market, long sequence, string side, int price, int quantity);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Delta: {Market} {Side} {Price} delta={Delta} => {Level}")]
    public static partial void Delta(ILogger logger, string market, string side, int price, int delta, int level);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sequence gap for {Market}: expected {Expected}, got {Actual}")]
    public static partial void SequenceGap(ILogger logger, string market, long expected, long actual);

    [LoggerMessage(Level = LogLevel.Information, Message = "Processed {Events} events ({Snapshots} snapshots, {Deltas} deltas)")]
    public static partial void Progress(ILogger logger, int events, int snapshots, int deltas);
}
