using System;
using System.ComponentModel;
using Microsoft.Extensions.Logging;

namespace StepLog.Generated;

/// <summary>
/// One call of a generated <see cref="OperationAttribute">[Operation]</see> wrapper; inactive (and free) when the
/// level is disabled and nothing listens.
/// </summary>
/// <remarks>Used by code that the StepLog generator writes; not meant to be called by hand.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct GeneratedOperation
{
    private static readonly StepMetadata<string> Success = new("status", "success");

    private readonly StepLogger? _operation;

    private GeneratedOperation(StepLogger operation) => _operation = operation;

    /// <summary>Whether the operation logs or traces.</summary>
    public bool IsActive => _operation is not null;

    /// <summary>
    /// Whether the operation would log or trace. Generated wrappers call the body directly when it would not, so that a
    /// disabled level costs this check and nothing else.
    /// </summary>
    public static bool IsWanted(ILogger logger, OperationDefinition operation) =>
        EntryWriter.IsEnabled(logger, operation.Level) || StepTracing.HasListeners;

    /// <summary>Logs START with no metadata and makes the operation ambient.</summary>
    public static GeneratedOperation Start(ILogger logger, OperationDefinition operation) => Start(logger, operation, default(StepMetadata));

    /// <summary>Logs START with the values of the <see cref="LogAttribute">[Log]</see> parameters and makes the operation ambient.</summary>
    public static GeneratedOperation Start<TMetadata>(ILogger logger, OperationDefinition operation, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        if (!IsWanted(logger, operation))
        {
            return default;
        }

        var logged = new StepLogger(logger, operation.Name, operation.TotalSteps, operation.Level);
        logged.StartCore(metadata);
        return new GeneratedOperation(logged);
    }

    /// <summary>Logs COMPLETE with <c>status=success</c> and the duration.</summary>
    public void Succeed() => _operation?.CompleteCore(_operation.Level, Success, "success");

    /// <summary>Logs COMPLETE with <c>status=success</c>, the result's values and the duration.</summary>
    public void Succeed<TMetadata>(in TMetadata metadata)
        where TMetadata : struct, IStepMetadata =>
        _operation?.CompleteCore(_operation.Level, new StepMetadataPair<StepMetadata<string>, TMetadata>(Success, metadata), "success");

    /// <summary>Logs COMPLETE with <c>status=failed, error=…</c> at Error (or <c>status=cancelled</c> at Warning).</summary>
    public void Fail(Exception error) => _operation?.Complete(error);

    /// <summary>Restores the caller's ambient operation while this one goes on asynchronously.</summary>
    public void ExitContext() => _operation?.ExitContext();
}
