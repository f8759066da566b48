using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;

namespace StepLog.Generated;

/// <summary>
/// One call of a generated <see cref="StepAttribute">[Step]</see> wrapper: a value type that holds the call's own
/// clock, so that steps running in parallel never share state. The wrapper asks <see cref="Outputs(ILogger, LogLevel)"/> first and calls
/// the body directly when it is <see cref="StepOutputs.IsNone"/>; otherwise <see cref="Begin{TMetadata}"/> takes that
/// answer, so that the level is checked once per call.
/// </summary>
/// <remarks>Used by code that the StepLog generator writes; not meant to be called by hand.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
#if NET8_0_OR_GREATER
[System.Diagnostics.StackTraceHidden]
#endif
public readonly struct GeneratedStep
{
    private readonly Run _run;

    private GeneratedStep(Run run) => _run = run;

    /// <summary>Whether the step's values are wanted (by its lines or its span): generated code reads result values only then.</summary>
    public bool IsRecording => _run.IsRecording;

    /// <summary>
    /// Where the step goes: checked once per call, before anything is computed for the lines. Inlined into the wrapper,
    /// which calls it inside a try: a logger whose IsEnabled throws is handed to <see cref="Disabled"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static StepOutputs Outputs(ILogger logger, StepDefinition step) =>
        new(EntryWriter.Outputs(logger, step.Level, StepMetrics.StepDuration));

    /// <summary>
    /// <see cref="Outputs(ILogger, StepDefinition)"/> with the level the generator knows at compile time: a constant in the
    /// wrapper, so that a disabled call loads nothing for it (as a hand-written <c>if (logger.IsEnabled(LogLevel.X))</c>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static StepOutputs Outputs(ILogger logger, LogLevel level) =>
        new(EntryWriter.Outputs(logger, level, StepMetrics.StepDuration));

    /// <summary>A logger's IsEnabled threw while <see cref="Outputs(ILogger, LogLevel)"/> asked: the fault is reported, and the call goes nowhere.</summary>
    public static StepOutputs Disabled(Exception fault) => new(EntryWriter.Disabled(fault));

    /// <summary>Logs the step's start line with no metadata.</summary>
    public static GeneratedStep Begin(ILogger logger, StepDefinition step, StepOutputs outputs) =>
        Begin(logger, step, outputs, default(StepMetadata));

    /// <summary>Logs the step's start line with the values of its <see cref="LogAttribute">[Log]</see> parameters.</summary>
    public static GeneratedStep Begin<TMetadata>(ILogger logger, StepDefinition step, StepOutputs outputs, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        var depth = Ambient.StepContext(out var identity);
        return new(RunLifecycle.BeginStep(
            logger, step.Level, outputs.Flags, identity, step.Operation, step.Number, step.Name, step.TotalSteps, depth, metadata));
    }

    /// <summary>Logs SUCCESS with the duration.</summary>
    public void Succeed() => _run.Succeed(default(StepMetadata));

    /// <summary>Logs SUCCESS with the result's values and the duration.</summary>
    public void Succeed<TMetadata>(in TMetadata metadata)
        where TMetadata : struct, IStepMetadata => _run.Succeed(metadata);

    /// <summary>Logs FAILED at Error (or CANCELLED at Warning for an <see cref="OperationCanceledException"/>) with the duration.</summary>
    public void Fail(Exception error) => _run.Fail(error, default(StepMetadata));

    /// <summary>Restores the caller's ambient activity while the step goes on asynchronously.</summary>
    public void ExitContext() => _run.ExitContext();
}
