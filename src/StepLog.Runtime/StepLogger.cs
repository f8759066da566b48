using System;
using System.Diagnostics;
using System.Threading;
using Microsoft.Extensions.Logging;

namespace StepLog;

/// <summary>
/// Logs one operation step by step, in StepLog's fixed format:
/// <code>
/// using var op = new StepLogger(logger, "Data Sync", totalSteps: 2);
/// op.Start(("source", "api"));
/// op.Step(1, "Fetch data", ("source", "api"));
/// var data = Fetch();
/// op.Success(("records", data.Count));
/// ...
/// op.Complete(("total_records", data.Count));
/// </code>
/// Metadata are named values, given as tuples <c>("key", value)</c>: kept unboxed and unformatted unless the level is
/// enabled and a provider asks for them. Logging never throws into the caller.
/// </summary>
/// <remarks>
/// A started operation is the ambient <see cref="Current"/> operation of its async flow until it completes, so that an
/// operation started inside it is nested: it knows its <see cref="Parent"/> and logs at <see cref="Depth"/> + 1.
/// Disposing an operation that was started and never completed logs <c>⚠️ INCOMPLETE</c> at Warning.
/// An instance belongs to one flow of control: steps of one operation that run in parallel need their own loggers
/// (or generated <see cref="StepAttribute">[Step]</see> methods, which keep their state per call).
/// </remarks>
public sealed partial class StepLogger : IDisposable
{
    private static readonly AsyncLocal<StepLogger?> CurrentSlot = new();

    private readonly ILogger _logger;
    private StepRun _step;
    private ContextSwitch _context;
    private Activity? _activity;
    private long _start;
    private State _state;

    /// <summary>
    /// Creates the logger of one operation that writes to StepLog's default logger (category "StepLog"): the console
    /// with no setup at all, or the factory given to <see cref="StepLogging.UseLoggerFactory"/> or <c>AddStepLog()</c>.
    /// </summary>
    /// <param name="operationName">The operation's name as it appears in the log, e.g. "Model Sync".</param>
    /// <param name="totalSteps">The operation's number of steps (the N of [n/N]); 0 when unknown, which logs [n].</param>
    /// <param name="level">The level of the operation's lines. Failures are always logged at Error, cancellations and INCOMPLETE at Warning.</param>
    public StepLogger(string operationName, int totalSteps = 0, LogLevel level = LogLevel.Information)
        : this(StepLogging.DefaultLogger, operationName, totalSteps, level)
    {
    }

    /// <summary>Creates the logger of one operation; nothing is logged until <see cref="Start()"/>.</summary>
    /// <param name="logger">Where the lines go.</param>
    /// <param name="operationName">The operation's name as it appears in the log, e.g. "Model Sync".</param>
    /// <param name="totalSteps">The operation's number of steps (the N of [n/N]); 0 when unknown, which logs [n].</param>
    /// <param name="level">The level of the operation's lines. Failures are always logged at Error, cancellations and INCOMPLETE at Warning.</param>
    public StepLogger(ILogger logger, string operationName, int totalSteps = 0, LogLevel level = LogLevel.Information)
    {
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        OperationName = operationName ?? throw new ArgumentNullException(nameof(operationName));
        if (totalSteps < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(totalSteps), totalSteps, "totalSteps is the number of steps, or 0 when unknown.");
        }

        TotalSteps = totalSteps;
        Level = level;
    }

    private enum State : byte
    {
        Created,
        Started,
        Inactive,
        Ended,
    }

    /// <summary>The innermost started, not yet completed operation of the current async flow; null outside any.</summary>
    public static StepLogger? Current => CurrentSlot.Value;

    /// <summary>The depth of the lines of a step logged now: that of the ambient operation, 0 outside any.</summary>
    internal static int AmbientDepth => CurrentSlot.Value is { } current ? current.Depth : 0;

    /// <summary>The operation's name.</summary>
    public string OperationName { get; }

    /// <summary>The operation's number of steps; 0 when unknown.</summary>
    public int TotalSteps { get; }

    /// <summary>The level of the operation's lines.</summary>
    public LogLevel Level { get; }

    /// <summary>The operation this one was started in, if any.</summary>
    public StepLogger? Parent { get; private set; }

    /// <summary>How deeply the operation is nested: 0 at the top.</summary>
    public int Depth { get; private set; }

    /// <summary>The number of the step last started; 0 before the first.</summary>
    public int CurrentStepNumber { get; private set; }

    /// <summary>Whether <see cref="Start()"/> was called and the operation has not completed yet.</summary>
    public bool IsRunning => _state is State.Started or State.Inactive;

    internal void StartCore<TMetadata>(in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        if (_state == State.Created)
        {
            StartCore(EntryWriter.IsEnabled(_logger, Level), StepTracing.HasListeners, metadata);
        }
    }

    /// <summary>Starts the operation with the level and the listeners already checked (by a generated wrapper).</summary>
    internal void StartCore<TMetadata>(bool enabled, bool traced, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        if (_state != State.Created)
        {
            return;
        }

        if (!enabled && !traced)
        {
            // A disabled operation costs no timestamp and no ambient context (setting an AsyncLocal allocates).
            _state = State.Inactive;
            return;
        }

        Parent = CurrentSlot.Value;
        Depth = Parent is null ? 0 : Parent.Depth + 1;
        _state = State.Started;
        _context.BeforeEnter();
        CurrentSlot.Value = this;
        _context.AfterEnter();
        if (enabled)
        {
            EntryWriter.Write(_logger, Level, Entry(StepEvent.OperationStart, double.NaN, metadata), null);
        }

        _activity = traced ? StepTracing.StartOperation(OperationName) : null;
        _start = Stopwatch.GetTimestamp();
    }

    internal void StepCore<TMetadata>(int number, string name, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        CurrentStepNumber = number;

        // Only an operation found disabled at Start skips its steps; a step logged without Start (or after Complete)
        // is a mistake the analyzers report, but its line is still written rather than lost.
        _step = _state == State.Inactive
            ? default
            : StepRun.Begin(_logger, Level, OperationName, number, name, TotalSteps, Depth, metadata);
    }

    internal void SuccessCore<TMetadata>(in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        _step.Succeed(metadata);
        _step = default;
    }

    internal void FailureCore<TMetadata>(Exception error, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        _step.Fail(error, metadata);
        _step = default;
    }

    internal void SkipCore<TMetadata>(string reason, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        _step.Skip(reason, metadata);
        _step = default;
    }

    internal void CompleteCore<TMetadata>(LogLevel level, in TMetadata metadata, string status)
        where TMetadata : struct, IStepMetadata
    {
        if (_state != State.Started)
        {
            _state = State.Ended;
            return;
        }

        var elapsed = EntryWriter.MillisecondsSince(_start);
        End(status, null);
        if (EntryWriter.IsEnabled(_logger, level))
        {
            EntryWriter.Write(_logger, level, Entry(StepEvent.OperationComplete, elapsed, metadata), null);
        }
    }

    /// <summary>Completes the operation as failed: <c>🏁 COMPLETE: {operation} (status=failed, error={message}, total_duration_ms=…)</c> at Error.</summary>
    /// <remarks>An <see cref="OperationCanceledException"/> completes it as <c>status=cancelled</c> at Warning. The exception is not thrown, only logged.</remarks>
    /// <param name="error">Why the operation failed.</param>
    public void Complete(Exception error)
    {
        if (error is OperationCanceledException)
        {
            CompleteCore(LogLevel.Warning, new StepMetadata<string>("status", "cancelled"), "cancelled");
            return;
        }

        CompleteCore(LogLevel.Error, new StepMetadata<string, string>("status", "failed", "error", EntryWriter.MessageOf(error)), "failed");
    }

    /// <summary>
    /// Ends the operation. One that was started and never completed logs
    /// <c>⚠️ INCOMPLETE: {operation} (last_step={n}/{N}, total_duration_ms=…)</c> at Warning.
    /// </summary>
    public void Dispose()
    {
        if (_state != State.Started)
        {
            _state = State.Ended;
            return;
        }

        var elapsed = EntryWriter.MillisecondsSince(_start);
        End("incomplete", null);
        if (EntryWriter.IsEnabled(_logger, LogLevel.Warning))
        {
            EntryWriter.Write(_logger, LogLevel.Warning, Entry(StepEvent.OperationIncomplete, elapsed, default(StepMetadata)), null);
        }
    }

    /// <summary>
    /// Gives the caller back its ambient context while the operation goes on asynchronously: a wrapper that returns a
    /// pending task calls this before it returns, so that the operation does not leak into its caller's flow.
    /// </summary>
    internal void ExitContext()
    {
        if (CurrentSlot.Value == this && !_context.TryRestoreCaller())
        {
            CurrentSlot.Value = Parent;
        }

        StepTracing.ExitContext(_activity);
    }

    private void End(string status, Exception? error)
    {
        _state = State.Ended;
        ExitContext();
        StepTracing.Stop(_activity, status, error);
    }

    private StepLogEntry<TMetadata> Entry<TMetadata>(StepEvent kind, double elapsed, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata =>
        new(kind, OperationName, null, CurrentStepNumber, TotalSteps, Depth, elapsed, null, metadata);
}
