namespace StepLog.Cli.Model;

/// <summary>How a step ended.</summary>
internal enum StepOutcome
{
    /// <summary>Started, not ended yet.</summary>
    Running,
    Succeeded,
    Failed,
    Skipped,
    Cancelled,

    /// <summary>Ended with WARNING: it completed, with something worth a look.</summary>
    Warning,

    /// <summary>Never ended: the next step started, or the operation ended, without its SUCCESS/FAILED line.</summary>
    Unfinished,
}
