using System;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using StepLog.Generated;
using StepLog.Records;

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
/// A started operation is the ambient <see cref="Current"/> operation of its async flow until it completes (in whatever
/// order operations complete), so that an operation started inside it is nested: it knows its <see cref="Parent"/> and
/// logs at <see cref="Depth"/> + 1. Generated <see cref="OperationAttribute">[Operation]</see> methods nest the same way
/// but create no <see cref="StepLogger"/>: inside one, <see cref="Current"/> is null.
/// Disposing an operation that was started and never completed logs <c>⚠️ INCOMPLETE</c> at Warning.
/// An instance belongs to one flow of control: steps of one operation that run in parallel need their own loggers
/// (or generated <see cref="StepAttribute">[Step]</see> methods, which keep their state per call).
/// </remarks>
public sealed partial class StepLogger : IDisposable
{
    private readonly ILogger _logger;
    private Run _step;
    private Run _run;
    private ContextSwitch _context;
    private State _state;

    /// <summary>
    /// Creates the logger of one operation that writes to StepLog's default logger (category "StepLog"): the console
    /// with no setup at all, or the factory given to <see cref="StepLogging.UseLoggerFactory"/> or <c>AddStepLog()</c>.
    /// </summary>
    /// <param name="operationName">
    /// The operation's name as it appears in the log, e.g. "Model Sync"; also the <c>operation</c> tag of its metrics, so a
    /// name built from data (<c>$"Sync {provider}"</c>) makes a metric series per value: keep such names to a small fixed set.
    /// </param>
    /// <param name="totalSteps">The operation's number of steps (the N of [n/N]); 0 when unknown, which logs [n].</param>
    /// <param name="level">The level of the operation's lines. Failures are always logged at Error, cancellations and INCOMPLETE at Warning.</param>
    public StepLogger(string operationName, int totalSteps = 0, LogLevel level = LogLevel.Information)
        : this(StepLogging.DefaultLogger, operationName, totalSteps, level)
    {
    }

    /// <summary>Creates the logger of one operation; nothing is logged until <see cref="Start()"/>.</summary>
    /// <param name="logger">Where the lines go.</param>
    /// <param name="operationName">
    /// The operation's name as it appears in the log, e.g. "Model Sync"; also the <c>operation</c> tag of its metrics, so a
    /// name built from data (<c>$"Sync {provider}"</c>) makes a metric series per value: keep such names to a small fixed set.
    /// </param>
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

    /// <summary>
    /// The innermost started, not yet completed operation of the current async flow; null outside any, and inside a
    /// generated <see cref="OperationAttribute">[Operation]</see> method (which creates no <see cref="StepLogger"/>).
    /// </summary>
    public static StepLogger? Current => Ambient.CurrentLogger;

    /// <summary>The operation's name.</summary>
    public string OperationName { get; }

    /// <summary>The operation's number of steps; 0 when unknown.</summary>
    public int TotalSteps { get; }

    /// <summary>The level of the operation's lines.</summary>
    public LogLevel Level { get; }

    /// <summary>The operation this one was started in, if that was a <see cref="StepLogger"/> (see <see cref="Current"/>).</summary>
    public StepLogger? Parent { get; private set; }

    /// <summary>How deeply the operation is nested: 0 at the top.</summary>
    public int Depth { get; private set; }

    /// <summary>The number of the step last started; 0 before the first.</summary>
    public int CurrentStepNumber { get; private set; }

    /// <summary>
    /// What the operation's step records are about, for example a document id: set it when creating the logger,
    /// <c>new StepLogger(...) { Subject = "doc123" }</c>. Null takes the subject of the operation this one is started
    /// in, and with none anywhere the records are filed under the run's <see cref="OperationId"/>.
    /// </summary>
    public string? Subject { get; init; }

    /// <summary>
    /// The id of this run (16 hex digits, the span id when the run is traced), shared by its records and its log
    /// entries (as <c>operation_id</c>); null until <see cref="Start()"/>, and for a run that writes nothing.
    /// </summary>
    public string? OperationId => _run.Identity.Id.Text;

    /// <summary>The run's id and subject, for the steps of this operation and the operations started in it.</summary>
    internal RunIdentity Identity => _run.Identity;

    /// <summary>Whether <see cref="Start()"/> was called and the operation has not completed yet.</summary>
    public bool IsRunning => _state is State.Started or State.Inactive;

    /// <summary>Whether the operation has completed (or was disposed): it is never ambient again.</summary>
    internal bool IsEnded => _state == State.Ended;

    /// <summary>What the flow held when the operation started: where the ambient operation goes back to.</summary>
    internal object? FlowParent { get; private set; }

    internal void StartCore<TMetadata>(in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        if (_state != State.Created)
        {
            return;
        }

        var outputs = EntryWriter.GuardedOutputs(_logger, Level, StepMetrics.OperationDuration);
        if (outputs == OutputFlags.None)
        {
            // A disabled operation costs no timestamp and no ambient context (setting an AsyncLocal allocates).
            _state = State.Inactive;
            return;
        }

        var records = (outputs & OutputFlags.Record) != 0;
        var sampling = SamplingSettings.Current;
        var enclosing = records || sampling is not null ? Ambient.Identity : default;
        var subject = Subject ?? (records ? enclosing.Subject : null);
        var parent = records ? RunParents.Of(enclosing) : null;
        Parent = Ambient.CurrentLogger;
        Depth = Ambient.Depth + 1;
        FlowParent = Ambient.FlowValue;
        _state = State.Started;

        // The caller's context is noted before, and the operation's after, both the ambient slot and the span are set:
        // completing gives the caller back the context it had, without setting either again.
        _context.BeforeEnter();
        Ambient.EnterFlow(this);
        _run = RunLifecycle.BeginOperation(_logger, Level, outputs, subject, parent, sampling, enclosing.Held, OperationName, TotalSteps, Depth, metadata);
        _context.AfterEnter();
    }

    internal void StepCore<TMetadata>(int number, string name, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        CurrentStepNumber = number;

        // Only an operation found disabled at Start skips its steps; a step logged without Start (or after Complete)
        // is a mistake the analyzers report, but its line is still written rather than lost.
        _step = _state == State.Inactive
            ? default
            : RunLifecycle.BeginStep(
                _logger, Level, EntryWriter.GuardedOutputs(_logger, Level, StepMetrics.StepDuration), _run.Identity,
                OperationName, number, name, TotalSteps, Depth, metadata);
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

    internal void WarningCore<TMetadata>(string message, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        _step.Warn(message, metadata);
        _step = default;
    }

    internal void RetryCore<TMetadata>(Exception error, int attempt, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata =>
        _step.Retry(error, attempt, metadata); // the step goes on: it is not reset

    internal void CompleteCore<TMetadata>(in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        if (TryEnd())
        {
            Exit(_run.Succeeded(CurrentStepNumber, metadata, metadata));
        }
    }

    /// <summary>Completes the operation as failed: <c>🏁 COMPLETE: {operation} (status=failed, error={message}, total_duration_ms=…)</c> at Error.</summary>
    /// <remarks>An <see cref="OperationCanceledException"/> completes it as <c>status=cancelled</c> at Warning. The exception is not thrown, only logged.</remarks>
    /// <param name="error">Why the operation failed.</param>
    public void Complete(Exception error)
    {
        if (TryEnd())
        {
            Exit(_run.Failed(CurrentStepNumber, error));
        }
    }

    /// <summary>
    /// Ends the operation. One that was started and never completed logs
    /// <c>⚠️ INCOMPLETE: {operation} (last_step={n}/{N}, total_duration_ms=…)</c> at Warning, and its span is an error.
    /// </summary>
    public void Dispose()
    {
        if (TryEnd())
        {
            Exit(_run.Incomplete(CurrentStepNumber));
        }
    }

    /// <summary>Ends the operation; true if it was running and its last line is to be written.</summary>
    private bool TryEnd()
    {
        var started = _state == State.Started;
        _state = State.Ended;
        return started;
    }

    /// <summary>After the last line: the caller's context comes back, then the span stops.</summary>
    private void Exit(Activity? entered)
    {
        Ambient.ExitFlow(this, FlowParent, _context);
        _run.Stop(entered);
    }
}
