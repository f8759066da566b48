using System;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Linq;
using StepLog.Records;

namespace StepLog;

/// <summary>What a running batch shows its gauges: read when an exporter collects, never per item.</summary>
internal interface IRunningBatch
{
    string Name { get; }

    /// <summary>Items processed so far, resumed ones included.</summary>
    int ProcessedSoFar { get; }

    int Size { get; }

    int ActiveItems { get; }

    /// <summary>Seconds since the last item ended, or since the start before the first.</summary>
    double SecondsSinceProgress { get; }
}

/// <summary>
/// The batches that run now, for the batch gauges. Batches of one name are one series (the tag is the name): their
/// counts add up, and their last progress is the oldest of theirs, so that one stalled batch among several shows.
/// </summary>
internal static class RunningBatches
{
    private static readonly object Gate = new();
    private static readonly List<IRunningBatch> Batches = [];

    public static void Add(IRunningBatch batch)
    {
        // The meter's instruments are made on first use of its fields: a batch whose first item has not ended yet has
        // counted nothing, and its gauges must exist all the same.
        GC.KeepAlive(StepMetrics.BatchProcessed);
        lock (Gate)
        {
            Batches.Add(batch);
        }
    }

    public static void Remove(IRunningBatch batch)
    {
        lock (Gate)
        {
            Batches.Remove(batch);
        }
    }

    public static IEnumerable<Measurement<long>> Processed() => Observe(batches => batches.Sum(b => (long)b.ProcessedSoFar));

    public static IEnumerable<Measurement<long>> Sizes() => Observe(batches => batches.Sum(b => (long)b.Size));

    public static IEnumerable<Measurement<long>> ActiveItems() => Observe(batches => batches.Sum(b => (long)b.ActiveItems));

    public static IEnumerable<Measurement<double>> LastProgressTimes()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0;
        return Observe(batches => now - batches.Max(b => b.SecondsSinceProgress));
    }

    private static Measurement<TValue>[] Observe<TValue>(Func<IEnumerable<IRunningBatch>, TValue> value)
        where TValue : struct
    {
        try
        {
            IRunningBatch[] running;
            lock (Gate)
            {
                running = Batches.ToArray();
            }

            return running.GroupBy(b => b.Name, StringComparer.Ordinal)
                .Select(named => new Measurement<TValue>(value(named), new KeyValuePair<string, object?>("batch", named.Key)))
                .ToArray();
        }
        catch (Exception fault)
        {
            // An exporter's collection, never the batch's work, pays for a fault here: it reads no batch this time.
            StepLogging.ReportFault(fault);
            return [];
        }
    }
}

/// <summary>
/// The record stores whose writer runs, for <c>steplog.records.queued</c>, by weak reference: a store that is never
/// disposed is not kept alive by its gauge. Stores of one name are one series (the tag is QueuedStepStore.Name).
/// </summary>
internal static class LiveStores
{
    private static readonly object Gate = new();
    private static readonly List<WeakReference<QueuedStepStore>> Stores = [];

    public static void Add(QueuedStepStore store)
    {
        GC.KeepAlive(StepMetrics.RecordsQueued); // the gauge exists before the store's first count (see RunningBatches.Add)
        lock (Gate)
        {
            Stores.Add(new WeakReference<QueuedStepStore>(store));
        }
    }

    public static void Remove(QueuedStepStore store)
    {
        lock (Gate)
        {
            Stores.RemoveAll(reference => !reference.TryGetTarget(out var live) || ReferenceEquals(live, store));
        }
    }

    public static IEnumerable<Measurement<long>> Queued()
    {
        try
        {
            var live = new List<QueuedStepStore>();
            lock (Gate)
            {
                Stores.RemoveAll(reference => !reference.TryGetTarget(out _));
                foreach (var reference in Stores)
                {
                    if (reference.TryGetTarget(out var store))
                    {
                        live.Add(store);
                    }
                }
            }

            return live.GroupBy(store => store.Name, StringComparer.Ordinal)
                .Select(type => new Measurement<long>(type.Sum(store => (long)store.QueuedRecords), new KeyValuePair<string, object?>("store", type.Key)))
                .ToArray();
        }
        catch (Exception fault)
        {
            StepLogging.ReportFault(fault);
            return [];
        }
    }
}
