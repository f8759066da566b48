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
    private static long s_sequence;

    /// <summary>True when a store or an observer is set: only then is a record worth building.</summary>
    public static bool IsRecording => ConfigurationSlot.Current.Sinks is not null;

    public static IStepStore? Store => ConfigurationSlot.Current.Sinks?.Store;

    /// <summary>The next value for <see cref="StepRecord.Sequence"/>: increasing across the process.</summary>
    public static long NextSequence() => Interlocked.Increment(ref s_sequence);

    /// <summary>
    /// Sends <paramref name="record"/> to the store and the observers. Never throws: a fault goes to
    /// <see cref="StepLogging.LoggingFault"/>. Returns at once unless the store is set to wait for room and is full.
    /// </summary>
    public static void Record(StepRecord record)
    {
        var sinks = ConfigurationSlot.Current.Sinks;
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

    public static void SetStore(IStepStore? store) => SetStore(ConfigurationSlot.Active, store);

    /// <summary>Sets the store of <paramref name="slot"/>'s configuration, keeping its observers.</summary>
    public static void SetStore(ConfigurationSlot slot, IStepStore? store) =>
        slot.Update(configuration => configuration.WithSinks(new RecordSinks(store, SinksOf(configuration).Observers)));

    public static IDisposable AddObserver(IStepRecordObserver observer)
    {
        // Removed from the configuration it was added to, whichever flow disposes the registration.
        var slot = ConfigurationSlot.Active;
        slot.Update(configuration =>
        {
            var sinks = SinksOf(configuration);
            return configuration.WithSinks(new RecordSinks(sinks.Store, [.. sinks.Observers, observer]));
        });
        return new Registration(slot, observer);
    }

    private static void RemoveObserver(ConfigurationSlot slot, IStepRecordObserver observer) =>
        slot.Update(configuration =>
        {
            var sinks = SinksOf(configuration);
            return configuration.WithSinks(new RecordSinks(sinks.Store, Array.FindAll(sinks.Observers, other => !ReferenceEquals(other, observer))));
        });

    private static RecordSinks SinksOf(StepLogConfiguration configuration) => configuration.Sinks ?? RecordSinks.None;

    private sealed class Registration(ConfigurationSlot slot, IStepRecordObserver observer) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                RemoveObserver(slot, observer);
            }
        }
    }
}
