namespace StepLog.Records;

/// <summary>Where a step stands. The names are stored as text by the database stores: never rename one.</summary>
public enum StepStatus
{
    /// <summary>Planned: known before the run, not started yet.</summary>
    Pending,

    /// <summary>Started and not finished.</summary>
    Running,

    /// <summary>Finished as intended.</summary>
    Success,

    /// <summary>Finished, with something worth a look.</summary>
    Warning,

    /// <summary>A recoverable error: the step will be retried, and may still succeed or fail.</summary>
    Error,

    /// <summary>A final error: the step is over and did not do its job.</summary>
    Failed,

    /// <summary>Finished without running: nothing to do.</summary>
    Skipped,
}
