using System;
using Microsoft.Extensions.Logging;
using StepLog.Records;

namespace StepLog;

/// <summary>
/// What just happened to a run (it began, ended one way or another, or retried), as every output reads it: the event,
/// its status, its duration and text. Each output derives from it what it shows (the record's fixed messages, the
/// metric's status tag, the line's text), so that a run's method states the outcome once.
/// </summary>
internal readonly struct RunOutcome
{
    public RunOutcome(
        StepEvent kind, StepStatus status, LogLevel level, double elapsed,
        string? message = null, Exception? error = null, bool asksLevel = false, int lastStep = 0, int attempt = 0)
    {
        Kind = kind;
        Status = status;
        Level = level;
        Elapsed = elapsed;
        Message = message;
        Error = error;
        AsksLevel = asksLevel;
        LastStep = lastStep;
        Attempt = attempt;
    }

    public StepEvent Kind { get; }

    /// <summary>The status of the run's record.</summary>
    public StepStatus Status { get; }

    /// <summary>The level of the line.</summary>
    public LogLevel Level { get; }

    /// <summary>
    /// Whether the logger is asked about <see cref="Level"/> before the line is written: the run's own level was asked
    /// when it began; another (a warning's, an operation's failure) is asked when it is used.
    /// </summary>
    public bool AsksLevel { get; }

    /// <summary>Milliseconds since the run began; NaN when it begins.</summary>
    public double Elapsed { get; }

    /// <summary>What the outcome says: the error's message (as <see cref="EntryWriter.MessageOf"/> read it), a skip's reason, a warning's message.</summary>
    public string? Message { get; }

    public Exception? Error { get; }

    /// <summary>An operation's last step, which its last line shows.</summary>
    public int LastStep { get; }

    /// <summary>A retry's attempt.</summary>
    public int Attempt { get; }

    public bool IsBegin => Kind is StepEvent.StepStart or StepEvent.OperationStart;

    /// <summary>Whether the outcome is an operation's (its run is an operation): a constant where a run's method is inlined.</summary>
    public bool IsOperation => Kind is StepEvent.OperationStart or StepEvent.OperationComplete or StepEvent.OperationIncomplete;

    public bool IsCancellation => Error is OperationCanceledException;

    /// <summary>The duration the line and the record show: a skip has none (its measurement still has one).</summary>
    public double ShownElapsed => Kind == StepEvent.StepSkipped ? double.NaN : Elapsed;
}
