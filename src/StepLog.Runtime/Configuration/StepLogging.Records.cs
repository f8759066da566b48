using System;
using StepLog.Records;

namespace StepLog;

/// <summary>The records half of StepLog's global settings: where step records go, and who else sees them.</summary>
public static partial class StepLogging
{
    /// <summary>The store that step records go to, or null when recording to a store is off.</summary>
    public static IStepStore? StepStore => StepRecorder.Store;

    /// <summary>
    /// Sends every step record to <paramref name="store"/> from now on; null turns recording to a store off. The
    /// caller keeps ownership: dispose the store (which writes what it queued) when the application ends, or let the
    /// host do it with <c>services.AddStepRecords(...)</c>.
    /// </summary>
    /// <param name="store">The store, or null.</param>
    public static void UseStepStore(IStepStore? store) => StepRecorder.SetStore(store);

    /// <summary>Shows every step record to <paramref name="observer"/> until the returned registration is disposed.</summary>
    /// <param name="observer">The observer, for example the health check's rolling window.</param>
    public static IDisposable ObserveRecords(IStepRecordObserver observer) =>
        StepRecorder.AddObserver(observer ?? throw new ArgumentNullException(nameof(observer)));
}
