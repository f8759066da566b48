using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using StepLog.Records;

namespace StepLog.Generated;

/// <summary>
/// One call of a generated <see cref="OperationAttribute">[Operation]</see> wrapper: a value type, so that a call
/// allocates no object of StepLog's own. The wrapper asks <see cref="Outputs(ILogger, LogLevel)"/> first and calls the body directly when
/// it is <see cref="StepOutputs.IsNone"/>.
/// </summary>
/// <remarks>
/// A synchronous operation (<see cref="StartOnThread{TMetadata}"/>) is ambient on its thread for the duration of the
/// call, and the wrapper calls <see cref="LeaveThread"/> in <c>finally</c>: no flow, no allocation. An async one
/// (<see cref="Start{TMetadata}"/>) must follow its body across <c>await</c>: it enters the flow with a frame shared by
/// every call (one call at a time, lending its steps that call's id), which costs the one execution context that any
/// <see cref="System.Threading.AsyncLocal{T}"/> change does.
/// Used by code that the StepLog generator writes; not meant to be called by hand.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
#if NET8_0_OR_GREATER
[System.Diagnostics.StackTraceHidden]
#endif
public readonly struct GeneratedOperation
{
    private readonly Run _run;
    private readonly FlowFrame? _frame;
    private readonly object? _flowParent;
    private readonly ContextSwitch _context;
    private readonly ThreadFrame _thread;
    private readonly bool _onThread;
    private readonly bool _withoutLines;

    private GeneratedOperation(in Run run, FlowFrame? frame, object? flowParent, in ContextSwitch context, in ThreadFrame thread, bool onThread, bool withoutLines = false)
    {
        _run = run;
        _frame = frame;
        _flowParent = flowParent;
        _context = context;
        _thread = thread;
        _onThread = onThread;
        _withoutLines = withoutLines;
    }

    // Started and not yet ended: ambient in the flow or on the thread, or only measured and traced.
    private bool IsLive => _frame is not null || _onThread || _withoutLines;

    /// <summary>Whether the operation's values are wanted (by its lines or its span): generated code reads result values only then.</summary>
    public bool IsRecording => _run.IsRecording;

    /// <summary>
    /// Where the operation goes: checked once per call, before anything is computed for the lines. Inlined into the wrapper,
    /// which calls it inside a try: a logger whose IsEnabled throws is handed to <see cref="Disabled"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static StepOutputs Outputs(ILogger logger, OperationDefinition operation) =>
        new(EntryWriter.Outputs(logger, operation.Level, StepMetrics.OperationDuration));

    /// <summary>
    /// <see cref="Outputs(ILogger, OperationDefinition)"/> with the level the generator knows at compile time: a constant in the
    /// wrapper, so that a disabled call loads nothing for it (as a hand-written <c>if (logger.IsEnabled(LogLevel.X))</c>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static StepOutputs Outputs(ILogger logger, LogLevel level) =>
        new(EntryWriter.Outputs(logger, level, StepMetrics.OperationDuration));

    /// <summary>A logger's IsEnabled threw while <see cref="Outputs(ILogger, LogLevel)"/> asked: the fault is reported, and the call goes nowhere.</summary>
    public static StepOutputs Disabled(Exception fault) => new(EntryWriter.Disabled(fault));

    /// <summary>
    /// The text of a <see cref="SubjectAttribute">[Subject]</see> parameter's value: a string as it is, a formattable
    /// value in its invariant form, anything else its <c>ToString()</c>; null for null, or when that text throws (the
    /// fault is reported and the operation takes its enclosing operation's subject).
    /// </summary>
    /// <typeparam name="T">The parameter's type.</typeparam>
    /// <param name="value">The parameter's value.</param>
    public static string? SubjectOf<T>(T value)
    {
        try
        {
            return value switch
            {
                null => null,
                string text => text,
                IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
                _ => value.ToString(),
            };
        }
        catch (Exception fault)
        {
            StepLogging.ReportFault(fault);
            return null;
        }
    }

    /// <summary>Logs START with no metadata; the operation is ambient in the flow of its async body.</summary>
    /// <param name="logger">Where the lines go.</param>
    /// <param name="operation">The operation's definition.</param>
    /// <param name="outputs">What <see cref="Outputs(ILogger, LogLevel)"/> answered.</param>
    /// <param name="subject">The string form of the <see cref="SubjectAttribute">[Subject]</see> parameter; null takes the enclosing operation's.</param>
    public static GeneratedOperation Start(ILogger logger, OperationDefinition operation, StepOutputs outputs, string? subject = null) =>
        Start(logger, operation, outputs, default(StepMetadata), subject);

    /// <summary>Logs START with the values of the <see cref="LogAttribute">[Log]</see> parameters; the operation is ambient in the flow of its async body.</summary>
    /// <param name="logger">Where the lines go.</param>
    /// <param name="operation">The operation's definition.</param>
    /// <param name="outputs">What <see cref="Outputs(ILogger, LogLevel)"/> answered.</param>
    /// <param name="metadata">The values of the [Log] parameters.</param>
    /// <param name="subject">The string form of the <see cref="SubjectAttribute">[Subject]</see> parameter; null takes the enclosing operation's.</param>
    // Out of line, as are StartOnThread and Succeed: inlined into the wrapper, they brought the temporaries of every path
    // (records, sampling, spans, both lines' entries) into its frame, which was then zeroed on every call.
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static GeneratedOperation Start<TMetadata>(ILogger logger, OperationDefinition operation, StepOutputs outputs, in TMetadata metadata, string? subject = null)
        where TMetadata : struct, IStepMetadata
    {
        var flags = outputs.Flags;
        if ((flags & (OutputFlags.Log | OutputFlags.Record)) == 0)
        {
            return flags == OutputFlags.None ? default : WithoutLines(logger, operation, flags, metadata);
        }

        var records = (flags & OutputFlags.Record) != 0;
        var traced = (flags & OutputFlags.Trace) != 0;
        var sampling = SamplingSettings.Current;
        var enclosing = records || sampling is not null ? Ambient.Identity : default;
        subject ??= records ? enclosing.Subject : null;
        var parent = records ? RunParents.Of(enclosing) : null;
        var flowParent = Ambient.FlowValue;
        var depth = Ambient.DepthWith(flowParent) + 1;

        // A run that records, is traced or is sampled carries its identity (its id, its held lines) to its steps in a
        // frame of its own; otherwise it holds the operation's shared frame, which lends its steps the run's id and keeps
        // the call free of allocations beyond the execution context. A run that finds the shared frame held by a
        // concurrent run takes a frame of its own.
        var frame = records || traced || sampling is not null ? new FlowFrame(operation, depth) : operation.Frame(depth);
        if (frame.IsShared && !frame.TryHold())
        {
            frame = new FlowFrame(operation, depth);
        }

        var context = default(ContextSwitch);
        context.BeforeEnter();
        context.Enter(frame);
        var run = RunLifecycle.BeginOperation(logger, operation.Level, flags, subject, parent, sampling, enclosing.Held, operation.Name, operation.TotalSteps, depth, metadata);
        if (frame.IsShared)
        {
            frame.Lend(run.Identity, System.Threading.ExecutionContext.Capture());
        }
        else
        {
            frame.Identity = run.Identity;
        }

        if (records)
        {
            operation.RecordPlan(run.Identity);
        }

        context.AfterEnter();
        return new GeneratedOperation(run, frame, flowParent, context, default, onThread: false);
    }

    /// <summary>Logs START with no metadata; the operation is ambient on this thread until <see cref="LeaveThread"/>.</summary>
    /// <param name="logger">Where the lines go.</param>
    /// <param name="operation">The operation's definition.</param>
    /// <param name="outputs">What <see cref="Outputs(ILogger, LogLevel)"/> answered.</param>
    /// <param name="subject">The string form of the <see cref="SubjectAttribute">[Subject]</see> parameter; null takes the enclosing operation's.</param>
    public static GeneratedOperation StartOnThread(ILogger logger, OperationDefinition operation, StepOutputs outputs, string? subject = null) =>
        StartOnThread(logger, operation, outputs, default(StepMetadata), subject);

    /// <summary>Logs START with the values of the <see cref="LogAttribute">[Log]</see> parameters; the operation is ambient on this thread until <see cref="LeaveThread"/>.</summary>
    /// <param name="logger">Where the lines go.</param>
    /// <param name="operation">The operation's definition.</param>
    /// <param name="outputs">What <see cref="Outputs(ILogger, LogLevel)"/> answered.</param>
    /// <param name="metadata">The values of the [Log] parameters.</param>
    /// <param name="subject">The string form of the <see cref="SubjectAttribute">[Subject]</see> parameter; null takes the enclosing operation's.</param>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static GeneratedOperation StartOnThread<TMetadata>(ILogger logger, OperationDefinition operation, StepOutputs outputs, in TMetadata metadata, string? subject = null)
        where TMetadata : struct, IStepMetadata
    {
        var flags = outputs.Flags;
        if ((flags & (OutputFlags.Log | OutputFlags.Record)) == 0)
        {
            return flags == OutputFlags.None ? default : WithoutLines(logger, operation, flags, metadata);
        }

        var records = (flags & OutputFlags.Record) != 0;
        var sampling = SamplingSettings.Current;
        var enclosing = records || sampling is not null ? Ambient.Identity : default;
        subject ??= records ? enclosing.Subject : null;
        var parent = records ? RunParents.Of(enclosing) : null;
        var depth = Ambient.EnterThread(operation, out var thread);
        var run = RunLifecycle.BeginOperation(logger, operation.Level, flags, subject, parent, sampling, enclosing.Held, operation.Name, operation.TotalSteps, depth, metadata);
        Ambient.SetThreadIdentity(thread, run.Identity);
        if (records)
        {
            operation.RecordPlan(run.Identity);
        }

        return new GeneratedOperation(run, null, null, default, thread, onThread: true);
    }

    /// <summary>Logs COMPLETE with <c>status=success</c> and the duration.</summary>
    public void Succeed() => Succeed(default(StepMetadata));

    /// <summary>Logs COMPLETE with <c>status=success</c>, the result's values and the duration.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void Succeed<TMetadata>(in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        if (!IsLive)
        {
            return;
        }

        End(_run.Succeeded(0, new StepMetadataPair<SuccessStatus, TMetadata>(default, metadata), metadata));
    }

    /// <summary>Logs COMPLETE with <c>status=failed, error=…</c> at Error (or <c>status=cancelled</c> at Warning).</summary>
    public void Fail(Exception error)
    {
        if (!IsLive)
        {
            return;
        }

        End(_run.Failed(0, error));
    }

    /// <summary>Gives the thread back the caller's ambient operation: the wrapper of a synchronous operation calls it in <c>finally</c>.</summary>
    public void LeaveThread()
    {
        if (_onThread)
        {
            Ambient.LeaveThread(_thread);
        }
    }

    /// <summary>Restores the caller's ambient operation and activity while this one goes on asynchronously.</summary>
    public void ExitContext()
    {
        if (_frame is not null)
        {
            Ambient.ExitFlow(_frame, _flowParent, _context);
        }

        _run.ExitContext();
    }

    /// <summary>
    /// A call whose lines are off and that records nothing, measured or traced all the same: it is timed and its span (a
    /// child of the current one, as spans nest on their own) started, and it is not made ambient, so that the lines of
    /// the steps inside it are what they are when nothing measures or traces (no depth or id of an operation whose
    /// START was never written), and a measured async call does not enter the flow.
    /// </summary>
    private static GeneratedOperation WithoutLines<TMetadata>(ILogger logger, OperationDefinition operation, OutputFlags outputs, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata =>
        new(RunLifecycle.BeginOperation(logger, operation.Level, outputs, null, null, null, null, operation.Name, operation.TotalSteps, 0, metadata),
            null, null, default, default, onThread: false, withoutLines: true);

    private void End(System.Diagnostics.Activity? entered)
    {
        if (_frame is not null)
        {
            Ambient.ExitFlow(_frame, _flowParent, _context);
            if (_frame.IsShared)
            {
                _frame.Release();
            }
        }

        _run.Stop(entered);
    }

    /// <summary><c>status=success</c>, first on a completed operation's line; not generic, so that the code that logs it is not shared.</summary>
    private readonly struct SuccessStatus : IStepMetadata
    {
        public int Count => 1;

        public string GetKey(int index) => index == 0 ? Shared.LineFieldNames.Status : throw new ArgumentOutOfRangeException(nameof(index));

        public object? GetValue(int index) => index == 0 ? Shared.LineStatus.Success : throw new ArgumentOutOfRangeException(nameof(index));
    }
}
