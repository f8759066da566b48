using Microsoft.Extensions.Logging;
using StepLog.Records;
using StepLog.Shared;

namespace StepLog;

/// <summary>
/// How a run ended, as each output names it: the record's status, the metric's and the span's status word, the line's
/// kind and level. One struct per way of ending, handed to <see cref="RunLifecycle"/> as a type argument rather than a
/// value: the JIT compiles the core once per end with every answer a constant, so an end costs what a method written
/// out for it would, and no outcome value is built, copied or zeroed on the hot path.
/// </summary>
internal interface IRunEnd
{
    /// <summary>What the span, the record and the metric say: one of the contract's <see cref="LineStatus"/> words.</summary>
    string Status { get; }

    /// <summary>The record's status.</summary>
    StepStatus Record { get; }

    /// <summary>The kind of a step's end line.</summary>
    StepEvent StepLine { get; }

    /// <summary>The kind of an operation's last line.</summary>
    StepEvent OperationLine { get; }

    /// <summary>Whether the line and the record carry the duration (a skip has none; its measurement still has one).</summary>
    bool Timed { get; }

    /// <summary>Whether the end is a failure: a sampled run's held lines are written before its last one.</summary>
    bool Releases { get; }

    /// <summary>Whether a step's end line shows the message (an operation's last line shows it in its fields).</summary>
    bool LineShowsMessage { get; }

    /// <summary>Whether the logger is handed the exception with a step's end line.</summary>
    bool LineHandsException { get; }

    /// <summary>The end line's level, given the run's own.</summary>
    LogLevel Level(LogLevel own);

    /// <summary>The record's message, given the run's (an exception's, a reason, a warning).</summary>
    string? RecordMessage(string? message);
}

/// <summary>
/// The ways a run ends (see <see cref="IRunEnd"/>): the rows of one table, each a type so that the JIT folds its answers
/// (a table of values would be read at run time on every end; <c>duplicates</c> reports the rows as alike).
/// </summary>
internal static class RunEnds
{
    public readonly struct Succeeded : IRunEnd
    {
        public string Status => LineStatus.Success;

        public StepStatus Record => StepStatus.Success;

        public StepEvent StepLine => StepEvent.StepSuccess;

        public StepEvent OperationLine => StepEvent.OperationComplete;

        public bool Timed => true;

        public bool Releases => false;

        public bool LineShowsMessage => false;

        public bool LineHandsException => false;

        public string? RecordMessage(string? message) => null;

        public LogLevel Level(LogLevel own) => own;
    }

    /// <summary>Completed, with something worth a look: at Warning.</summary>
    public readonly struct Warned : IRunEnd
    {
        public string Status => LineStatus.Warning;

        public StepStatus Record => StepStatus.Warning;

        public StepEvent StepLine => StepEvent.StepWarning;

        public StepEvent OperationLine => StepEvent.OperationComplete;

        public bool Timed => true;

        public bool Releases => false;

        public bool LineShowsMessage => true;

        public bool LineHandsException => false;

        public string? RecordMessage(string? message) => message;

        public LogLevel Level(LogLevel own) => LogLevel.Warning;
    }

    /// <summary>An exception other than a cancellation: at Error.</summary>
    public readonly struct Failed : IRunEnd
    {
        public string Status => LineStatus.Failed;

        public StepStatus Record => StepStatus.Failed;

        public StepEvent StepLine => StepEvent.StepFailure;

        public StepEvent OperationLine => StepEvent.OperationComplete;

        public bool Timed => true;

        public bool Releases => true;

        public bool LineShowsMessage => true;

        public bool LineHandsException => true;

        public string? RecordMessage(string? message) => message;

        public LogLevel Level(LogLevel own) => LogLevel.Error;
    }

    /// <summary>An <see cref="System.OperationCanceledException"/>: an outcome the caller asked for, at Warning.</summary>
    public readonly struct Cancelled : IRunEnd
    {
        public string Status => LineStatus.Cancelled;

        public StepStatus Record => StepStatus.Failed;

        public StepEvent StepLine => StepEvent.StepCancelled;

        public StepEvent OperationLine => StepEvent.OperationComplete;

        public bool Timed => true;

        public bool Releases => true;

        public bool LineShowsMessage => false;

        public bool LineHandsException => false;

        public string? RecordMessage(string? message) => RecordMessages.Cancelled;

        public LogLevel Level(LogLevel own) => LogLevel.Warning;
    }

    public readonly struct Skipped : IRunEnd
    {
        public string Status => LineStatus.Skipped;

        public StepStatus Record => StepStatus.Skipped;

        public StepEvent StepLine => StepEvent.StepSkipped;

        public StepEvent OperationLine => StepEvent.OperationComplete;

        public bool Timed => false;

        public bool Releases => false;

        public bool LineShowsMessage => true;

        public bool LineHandsException => false;

        public string? RecordMessage(string? message) => message;

        public LogLevel Level(LogLevel own) => own;
    }

    /// <summary>An operation that ended without anyone saying it completed: at Warning, recorded as Failed.</summary>
    public readonly struct Incomplete : IRunEnd
    {
        public string Status => LineStatus.Incomplete;

        public StepStatus Record => StepStatus.Failed;

        public StepEvent StepLine => StepEvent.OperationIncomplete;

        public StepEvent OperationLine => StepEvent.OperationIncomplete;

        public bool Timed => true;

        public bool Releases => true;

        public bool LineShowsMessage => false;

        public bool LineHandsException => false;

        public string? RecordMessage(string? message) => RecordMessages.Incomplete;

        public LogLevel Level(LogLevel own) => LogLevel.Warning;
    }
}
