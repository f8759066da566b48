namespace StepLog.Cli.Model;

/// <summary>How an operation ended, as far as the log tells.</summary>
internal enum OperationOutcome
{
    /// <summary>Started and not yet ended (only while the log is being read).</summary>
    Running,

    /// <summary>COMPLETE, with no failed step and no <c>status=failed</c> or <c>status=cancelled</c>.</summary>
    Succeeded,

    /// <summary>COMPLETE with <c>status=failed</c> or <c>status=cancelled</c>, or a step of it FAILED.</summary>
    Failed,

    /// <summary>An INCOMPLETE line (disposed without Complete), or no end before its file ended (a crash, a kill).</summary>
    Incomplete,
}

/// <summary>Why an operation counts as incomplete.</summary>
internal enum IncompleteReason
{
    None,

    /// <summary>StepLog wrote INCOMPLETE: the operation was disposed without Complete.</summary>
    Reported,

    /// <summary>Its file ended with the operation still open: the process stopped (crash, kill) or the file was cut.</summary>
    CutOff,

    /// <summary>A batch wrote INTERRUPTED: it was stopped (a signal, its timeout, its caller) and said so; a rerun resumes it.</summary>
    Interrupted,
}
