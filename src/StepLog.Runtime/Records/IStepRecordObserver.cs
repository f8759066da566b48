namespace StepLog.Records;

/// <summary>
/// Sees every step record as it is recorded, on the thread that recorded it, whether or not a store is set: the
/// health check's rolling window is one. Register with <see cref="StepLogging.ObserveRecords"/>. It must be quick and
/// must not throw (a fault is reported through <see cref="StepLogging.LoggingFault"/> and the step goes on).
/// </summary>
public interface IStepRecordObserver
{
    /// <summary>Called once for every record.</summary>
    /// <param name="record">The record.</param>
    void OnRecorded(StepRecord record);
}
