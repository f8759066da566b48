using System;
using System.ComponentModel;
using Microsoft.Extensions.Logging;

namespace StepLog.Generated;

/// <summary>
/// One call of a generated <see cref="StepAttribute">[Step]</see> wrapper. A value type that holds the call's own
/// clock, so that steps running in parallel never share state; inactive (and free) when the level is disabled.
/// </summary>
/// <remarks>Used by code that the StepLog generator writes; not meant to be called by hand.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct GeneratedStep
{
    private readonly StepRun _run;

    private GeneratedStep(StepRun run) => _run = run;

    /// <summary>Whether the step logs or traces; false when its level is disabled and nothing listens.</summary>
    public bool IsActive => _run.IsActive;

    /// <summary>
    /// Whether the step would log or trace. Generated wrappers call the body directly when it would not, so that a
    /// disabled level costs this check and nothing else.
    /// </summary>
    public static bool IsWanted(ILogger logger, StepDefinition step) =>
        EntryWriter.IsEnabled(logger, step.Level) || StepTracing.HasListeners;

    /// <summary>Logs the step's start line with no metadata.</summary>
    public static GeneratedStep Begin(ILogger logger, StepDefinition step) => Begin(logger, step, default(StepMetadata));

    /// <summary>Logs the step's start line with the values of its <see cref="LogAttribute">[Log]</see> parameters.</summary>
    public static GeneratedStep Begin<TMetadata>(ILogger logger, StepDefinition step, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata =>
        new(StepRun.Begin(logger, step.Level, step.Operation, step.Number, step.Name, step.TotalSteps, depth: -1, metadata));

    /// <summary>Logs SUCCESS with the duration.</summary>
    public void Succeed() => _run.Succeed(default(StepMetadata));

    /// <summary>Logs SUCCESS with the result's values and the duration.</summary>
    public void Succeed<TMetadata>(in TMetadata metadata)
        where TMetadata : struct, IStepMetadata => _run.Succeed(metadata);

    /// <summary>Logs FAILED (or CANCELLED for an <see cref="OperationCanceledException"/>) with the duration.</summary>
    public void Fail(Exception error) => _run.Fail(error, default(StepMetadata));

    /// <summary>Restores the caller's ambient activity while the step goes on asynchronously.</summary>
    public void ExitContext() => _run.ExitContext();
}
