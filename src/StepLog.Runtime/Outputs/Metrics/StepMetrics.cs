using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using StepLog.Shared;

namespace StepLog;

/// <summary>
/// The <c>StepLog</c> meter: how long operations and steps take, how batch items end, where running batches stand, and
/// what record stores write, drop and hold. Every operation and step is
/// measured whatever its log level, but only while a listener has enabled the instrument (<see cref="Instrument.Enabled"/>):
/// without one, a call costs the read of that property and nothing else. Tags are names and a status only, never a
/// value of the run (a subject or a metadata value would make a series per value, which is what breaks a metrics backend).
/// A measurement allocates nothing: its tags are a <see cref="TagList"/> on the stack. The gauges of batches and stores
/// cost nothing per step or item: they are read from the running batches and live stores when an exporter collects.
/// </summary>
internal static class StepMetrics
{
    /// <summary>
    /// Bucket boundaries in seconds, from 1 ms to 60 s: steps are I/O and computation (a cache hit, a query, a file, a
    /// remote call), slower than an HTTP server's requests and faster than a job's runs.
    /// </summary>
    private static readonly double[] DurationBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

    public static readonly Meter Meter = new(StepLogging.MeterName, typeof(StepMetrics).Assembly.GetName().Version?.ToString());

    public static readonly Histogram<double> OperationDuration = Meter.CreateHistogram(
        "steplog.operation.duration", "s", "How long an operation ran, from START to its last line.",
        tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });

    public static readonly Histogram<double> StepDuration = Meter.CreateHistogram(
        "steplog.step.duration", "s", "How long a step ran, from its start line to its end.",
        tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });

    public static readonly Counter<long> BatchItems = Meter.CreateCounter<long>(
        "steplog.batch.items", "{item}", "Batch items processed, by how they ended.");

    public static readonly ObservableUpDownCounter<long> BatchActiveItems = Meter.CreateObservableUpDownCounter(
        "steplog.batch.active_items", RunningBatches.ActiveItems, "{item}", "Items a running batch is processing now.");

    public static readonly ObservableGauge<long> BatchProcessed = Meter.CreateObservableGauge(
        "steplog.batch.processed", RunningBatches.Processed, "{item}", "Items a running batch has processed so far, resumed ones included.");

    public static readonly ObservableGauge<long> BatchSize = Meter.CreateObservableGauge(
        "steplog.batch.size", RunningBatches.Sizes, "{item}", "Items a running batch has in all.");

    public static readonly ObservableGauge<double> BatchLastProgressTime = Meter.CreateObservableGauge(
        "steplog.batch.last_progress_time", RunningBatches.LastProgressTimes, "s",
        "When a running batch last finished an item (its start, before the first), in seconds since the Unix epoch.");

    public static readonly Counter<long> RecordsWritten = Meter.CreateCounter<long>(
        "steplog.records.written", "{record}", "Step records a store has written.");

    public static readonly Counter<long> RecordsDropped = Meter.CreateCounter<long>(
        "steplog.records.dropped", "{record}", "Step records a store could not keep, by reason: queue_full or write_failed.");

    public static readonly ObservableUpDownCounter<long> RecordsQueued = Meter.CreateObservableUpDownCounter(
        "steplog.records.queued", LiveStores.Queued, "{record}", "Step records waiting in a store's queue.");

    /// <summary>A run's duration, tagged with the operation that declares it (not the run it was called from, as its record is), so that a series stays the same whether or not a store is set.</summary>
    public static void End<TEnd>(in Run run, double milliseconds)
        where TEnd : struct, IRunEnd
    {
        if (run.IsOperation)
        {
            Operation(run.Operation, default(TEnd).Status, milliseconds);
        }
        else
        {
            Step(run.Operation, run.Step!, default(TEnd).Status, milliseconds);
        }
    }

    /// <summary>Records an operation's duration; <paramref name="status"/> is one of the line contract's <see cref="LineStatus"/> words.</summary>
    public static void Operation(string operation, string status, double milliseconds)
    {
        var tags = new TagList
        {
            new KeyValuePair<string, object?>("operation", operation),
            new KeyValuePair<string, object?>("status", status),
        };
        RecordSeconds(OperationDuration, milliseconds, tags);
    }

    /// <summary>
    /// Records a batch's duration in the operations' histogram, under its name, with <c>kind=batch</c>: a batch runs for
    /// minutes or hours, so alerts tuned for operations (their p95, "not succeeding for an hour") leave it out by that
    /// tag. Operations carry no <c>kind</c>, so that their series are what they were.
    /// </summary>
    public static void Batch(string batch, string status, double milliseconds)
    {
        var tags = new TagList
        {
            new KeyValuePair<string, object?>("operation", batch),
            new KeyValuePair<string, object?>("status", status),
            new KeyValuePair<string, object?>("kind", "batch"),
        };
        RecordSeconds(OperationDuration, milliseconds, tags);
    }

    /// <summary>Records a step's duration; <paramref name="status"/> is one of the line contract's <see cref="LineStatus"/> words.</summary>
    public static void Step(string operation, string step, string status, double milliseconds)
    {
        var tags = new TagList
        {
            new KeyValuePair<string, object?>("operation", operation),
            new KeyValuePair<string, object?>("step", step),
            new KeyValuePair<string, object?>("status", status),
        };
        RecordSeconds(StepDuration, milliseconds, tags);
    }

    private static void RecordSeconds(Histogram<double> duration, double milliseconds, in TagList tags)
    {
        try
        {
            duration.Record(milliseconds / 1000.0, tags);
        }
        catch (Exception fault)
        {
            // A listener's callback runs inside Record: its fault costs the measurement, never the user's code.
            StepLogging.ReportFault(fault);
        }
    }

    /// <summary>Counts one batch item that ended with <paramref name="status"/>, if a listener is subscribed.</summary>
    public static void BatchItem(string batch, string status)
    {
        // Asked before the tags are built: without a listener, an item costs this one read.
        if (BatchItems.Enabled)
        {
            AddIfEnabled(BatchItems, 1, new TagList
            {
                new KeyValuePair<string, object?>("batch", batch),
                new KeyValuePair<string, object?>("status", status),
            });
        }
    }

    /// <summary>Counts <paramref name="count"/> records that the store named <paramref name="store"/> wrote.</summary>
    public static void RecordsWrittenBy(string store, long count) =>
        AddIfEnabled(RecordsWritten, count, new TagList { new KeyValuePair<string, object?>("store", store) });

    /// <summary>Counts <paramref name="count"/> records that the store named <paramref name="store"/> dropped; <paramref name="reason"/> is one of <see cref="RecordDropReason"/>'s.</summary>
    public static void RecordsDroppedBy(string store, string reason, long count) =>
        AddIfEnabled(RecordsDropped, count, new TagList
        {
            new KeyValuePair<string, object?>("store", store),
            new KeyValuePair<string, object?>("reason", reason),
        });

    // A listener's callback runs inside Add: its fault costs the measurement, never the caller's work.
    private static void AddIfEnabled(Counter<long> counter, long count, in TagList tags)
    {
        if (!counter.Enabled)
        {
            return;
        }

        try
        {
            counter.Add(count, tags);
        }
        catch (Exception fault)
        {
            StepLogging.ReportFault(fault);
        }
    }
}

/// <summary>The values of the <c>reason</c> tag of <c>steplog.records.dropped</c>.</summary>
internal static class RecordDropReason
{
    /// <summary>The queue was full and the store drops rather than waits (<c>WhenFull = Drop</c>).</summary>
    public const string QueueFull = "queue_full";

    /// <summary>The database failed or refused the record, after the retries and the isolation of the records it refuses.</summary>
    public const string WriteFailed = "write_failed";
}
