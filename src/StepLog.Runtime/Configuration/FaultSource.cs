namespace StepLog;

/// <summary>What threw a fault that StepLog kept out of the user's code: the default report names it.</summary>
internal enum FaultSource
{
    /// <summary>A logging provider, while a line was written: the line was dropped.</summary>
    LoggingProvider,

    /// <summary>A step store, while records were kept: the records were dropped.</summary>
    Store,

    /// <summary>An observer of step records (the health check's window), while it was shown one: it missed the record.</summary>
    RecordObserver,

    /// <summary>A batch's progress file, while it was written: the progress report was not updated.</summary>
    ProgressFile,

    /// <summary>A batch's checkpoint, while it was appended: the items not written are run again by a rerun.</summary>
    Checkpoint,

    /// <summary>A batch's item id function: the item's position stood in for its id.</summary>
    ItemId,
}
