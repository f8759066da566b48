using System;
using System.Threading;
using System.Threading.Tasks;

namespace StepLog.Records;

/// <summary>
/// The one entry point through which the runtime records a step: it gives each record a sequence number and sends it
/// to the store set by <see cref="StepLogging.UseStepStore"/> and to every <see cref="IStepRecordObserver"/>.
/// With neither, <see cref="IsRecording"/> is false and a caller builds no record at all.
/// </summary>
internal static class StepRecorder
{
    private static Sinks? s_sinks;
    private static long s_sequence;

    /// <summary>True when a store or an observer is set: only then is a record worth building.</summary>
    public static bool IsRecording => Volatile.Read(ref s_sinks) is not null;

    public static IStepStore? Store => Volatile.Read(ref s_sinks)?.Store;

    /// <summary>The next value for <see cref="StepRecord.Sequence"/>: increasing across the process.</summary>
    public static long NextSequence() => Interlocked.Increment(ref s_sequence);

    /// <summary>
    /// Sends <paramref name="record"/> to the store and the observers. Never throws: a fault goes to
    /// <see cref="StepLogging.LoggingFault"/>. Returns at once unless the store is set to wait for room and is full.
    /// </summary>
    public static void Record(StepRecord record)
    {
        var sinks = Volatile.Read(ref s_sinks);
        if (sinks is null)
        {
            return;
        }

        if (sinks.Store is { } store)
        {
            try
            {
                var adding = store.AddAsync(record);
                if (adding.IsCompletedSuccessfully)
                {
                    // The common case: queued, nothing to wait for.
                }
                else
                {
                    adding.AsTask().GetAwaiter().GetResult();
                }
            }
            catch (Exception fault)
            {
                StepLogging.ReportFault(fault, FaultSource.Store);
            }
        }

        foreach (var observer in sinks.Observers)
        {
            try
            {
                observer.OnRecorded(record);
            }
            catch (Exception fault)
            {
                StepLogging.ReportFault(fault, FaultSource.RecordObserver);
            }
        }
    }

    public static void SetStore(IStepStore? store) => Update(sinks => new Sinks(store, sinks?.Observers ?? []));

    public static IDisposable AddObserver(IStepRecordObserver observer)
    {
        Update(sinks => new Sinks(sinks?.Store, [.. sinks?.Observers ?? [], observer]));
        return new Registration(observer);
    }

    private static void RemoveObserver(IStepRecordObserver observer) =>
        Update(sinks => new Sinks(sinks?.Store, Array.FindAll(sinks?.Observers ?? [], other => !ReferenceEquals(other, observer))));

    // Copy on write: the recording path reads one immutable snapshot without a lock.
    private static void Update(Func<Sinks?, Sinks> change)
    {
        while (true)
        {
            var current = Volatile.Read(ref s_sinks);
            var next = change(current);
            var published = next.Store is null && next.Observers.Length == 0 ? null : next;
            if (ReferenceEquals(Interlocked.CompareExchange(ref s_sinks, published, current), current))
            {
                SideOutputs.Refresh(Generated.StepOutputs.Record, static () => IsRecording);
                return;
            }
        }
    }

    private sealed class Sinks(IStepStore? store, IStepRecordObserver[] observers)
    {
        public IStepStore? Store { get; } = store;

        public IStepRecordObserver[] Observers { get; } = observers;
    }

    private sealed class Registration(IStepRecordObserver observer) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                RemoveObserver(observer);
            }
        }
    }
}
