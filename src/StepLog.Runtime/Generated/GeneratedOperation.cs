using System;
using System.ComponentModel;
using Microsoft.Extensions.Logging;

namespace StepLog.Generated;

/// <summary>
/// One call of a generated <see cref="OperationAttribute">[Operation]</see> wrapper. The wrapper asks
/// <see cref="Outputs"/> first and calls the body directly when it is <see cref="StepOutputs.None"/>.
/// </summary>
/// <remarks>Used by code that the StepLog generator writes; not meant to be called by hand.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct GeneratedOperation
{
    private readonly StepLogger? _operation;
    private readonly bool _logs;

    private GeneratedOperation(StepLogger operation, bool logs)
    {
        _operation = operation;
        _logs = logs;
    }

    /// <summary>Whether the operation logs or traces.</summary>
    public bool IsActive => _operation is not null;

    /// <summary>Whether the operation's values are wanted (by its lines or its span): generated code reads result values only then.</summary>
    public bool IsRecording => _logs || _operation?.IsTraced == true;

    /// <summary>Where the operation goes: checked once per call, before anything is computed for the lines.</summary>
    public static StepOutputs Outputs(ILogger logger, OperationDefinition operation) =>
        (EntryWriter.IsEnabled(logger, operation.Level) ? StepOutputs.Log : StepOutputs.None) |
        (StepTracing.HasListeners ? StepOutputs.Trace : StepOutputs.None);

    /// <summary>Logs START with no metadata and makes the operation ambient.</summary>
    public static GeneratedOperation Start(ILogger logger, OperationDefinition operation, StepOutputs outputs) =>
        Start(logger, operation, outputs, default(StepMetadata));

    /// <summary>Logs START with the values of the <see cref="LogAttribute">[Log]</see> parameters and makes the operation ambient.</summary>
    public static GeneratedOperation Start<TMetadata>(ILogger logger, OperationDefinition operation, StepOutputs outputs, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        if (outputs == StepOutputs.None)
        {
            return default;
        }

        var logged = new StepLogger(logger, operation.Name, operation.TotalSteps, operation.Level);
        var logs = (outputs & StepOutputs.Log) != 0;
        logged.StartCore(logs, (outputs & StepOutputs.Trace) != 0, metadata);
        return new GeneratedOperation(logged, logs);
    }

    /// <summary>Logs COMPLETE with <c>status=success</c> and the duration.</summary>
    public void Succeed() => _operation?.CompleteCore(default(SuccessStatus), default(StepMetadata));

    /// <summary>Logs COMPLETE with <c>status=success</c>, the result's values and the duration.</summary>
    public void Succeed<TMetadata>(in TMetadata metadata)
        where TMetadata : struct, IStepMetadata =>
        _operation?.CompleteCore(new StepMetadataPair<SuccessStatus, TMetadata>(default, metadata), metadata);

    /// <summary>Logs COMPLETE with <c>status=failed, error=…</c> at Error (or <c>status=cancelled</c> at Warning).</summary>
    public void Fail(Exception error) => _operation?.Complete(error);

    /// <summary>Restores the caller's ambient operation while this one goes on asynchronously.</summary>
    public void ExitContext() => _operation?.ExitContext();

    /// <summary><c>status=success</c>, first on a completed operation's line; not generic, so that the code that logs it is not shared.</summary>
    private readonly struct SuccessStatus : IStepMetadata
    {
        public int Count => 1;

        public string GetKey(int index) => index == 0 ? "status" : throw new ArgumentOutOfRangeException(nameof(index));

        public object? GetValue(int index) => index == 0 ? "success" : throw new ArgumentOutOfRangeException(nameof(index));
    }
}
