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

    /// <summary>An activity listener (or a value read for a span's attributes), while a span was started or ended: the span lost its detail.</summary>
    ActivityListener,

    /// <summary>A meter listener, while a duration was measured: the measurement was dropped.</summary>
    MeterListener,

    /// <summary>A run's step record (a value read for its details, a record observer): the record was dropped.</summary>
    Record,
}
